import GlossCore

/// Text selected in the body with `v`: from where it started (`anchor`) to where the motions
/// took its other end (`head`, exclusive). It never shrinks below one word from the anchor.
public struct Selection: Hashable, Sendable {
  public var anchor: Int
  public var head: Int

  public var span: Span { Span(anchor, head) }
}

/// How a motion moves the end of a selection: to the end of the next (or back to that of the
/// previous) word, sentence, paragraph or screen line.
enum TextMotion: Sendable {
  case word, sentence, paragraph, line

  /// The motion and direction a key stands for while selecting (vim's `w b ) ( } { j k`).
  static func of(_ key: Key) -> (TextMotion, forward: Bool)? {
    switch key {
    case .character("w"): return (.word, true)
    case .character("b"): return (.word, false)
    case .character(")"): return (.sentence, true)
    case .character("("): return (.sentence, false)
    case .character("}"): return (.paragraph, true)
    case .character("{"): return (.paragraph, false)
    case .character("j"), .down: return (.line, true)
    case .character("k"), .up: return (.line, false)
    default: return nil
    }
  }

  /// The offsets this motion stops at in the text around `offset`, in order: at least the one
  /// before and the one after it where there are such, read from the text, paragraphs or lines
  /// near `offset` only, so a step costs the same in a long article.
  func ends(in state: ReaderState, near offset: Int) -> [Int] {
    let article = state.document.article
    switch self {
    case .word:
      return Self.wordEnds(in: article.scalars, around: offset)
    case .sentence:
      let paragraphs = article.paragraphs
      let here = paragraphs.partitionIndex { $0.span.end < offset }
      return paragraphs[max(here - 1, 0)..<min(here + 2, paragraphs.count)].flatMap(\.sentences).map(\.end)
    case .paragraph:
      let body = state.document.bodyParagraphs
      let here = body.partitionIndex { article.paragraphs[$0].span.end <= offset }
      return body[max(here - 2, 0)..<min(here + 2, body.count)].map { article.paragraphs[$0].span.end }
    case .line:
      let rows = state.body.rows
      let here = state.body.row(containing: offset)
      return rows[max(here - 3, 0)..<min(here + 4, rows.count)].compactMap {
        if case .text = $0.kind { $0.span.end } else { nil }
      }
    }
  }

  /// The word ends in a window of text around `offset` (enough for one step either way).
  static func wordEnds(in scalars: ScalarText, around offset: Int) -> [Int] {
    let window = max(offset - 400, 0)..<min(offset + 400, scalars.count)
    return window.filter { index in
      !scalars[index].properties.isWhitespace
        && (index + 1 == scalars.count || scalars[index + 1].properties.isWhitespace)
    }.map { $0 + 1 }
  }
}
