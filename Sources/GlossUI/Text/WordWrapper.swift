import GlossCore

/// Breaks a paragraph into screen lines of at most `width` columns, at spaces and around
/// East Asian wide characters, never inside a grapheme; a word longer than a line is cut at a
/// grapheme boundary. Each line is a span of the article's scalars, so anything anchored to
/// offsets (quotes, mentions, search matches) can be found on screen.
public struct WordWrapper: Sendable {
  public var width: Int

  public init(width: Int) { self.width = max(width, 1) }

  /// Closing punctuation that must not begin a line (a small kinsoku rule).
  static let noBreakBefore: Set<Character> = ["、", "。", "，", "．", "！", "？", "」", "』", "）", "：", "；"]

  /// One grapheme of the paragraph: where it starts, its columns, and how it may break.
  struct Grapheme {
    var start: Int
    var columns: Int
    var isSpace: Bool
    var isWide: Bool
    var character: Character
  }

  /// The lines of `span` in `scalars`, trailing and leading spaces of each line left out.
  public func lines(of span: Span, in scalars: [Unicode.Scalar]) -> [Span] {
    let (graphemes, end) = Self.graphemes(of: span, in: scalars)
    var lines: [Span] = []
    func offset(_ index: Int) -> Int { index < graphemes.count ? graphemes[index].start : end }
    var index = graphemes.firstIndex { !$0.isSpace } ?? graphemes.count
    var lineStart = index
    var lineWidth = 0
    var lastBreak: (end: Int, next: Int)?
    while index < graphemes.count {
      let grapheme = graphemes[index]
      if grapheme.isSpace {
        var next = index
        while next < graphemes.count, graphemes[next].isSpace { next += 1 }
        if next == graphemes.count { break }
        lastBreak = (index, next)
        lineWidth += graphemes[index..<next].reduce(0) { $0 + $1.columns }
        index = next
        continue
      }
      if index > lineStart, !Self.noBreakBefore.contains(grapheme.character),
        grapheme.isWide || graphemes[index - 1].isWide, !graphemes[index - 1].isSpace
      {
        lastBreak = (index, index)
      }
      if lineWidth + grapheme.columns > width, index > lineStart {
        let cut = lastBreak ?? (end: index, next: index)
        lines.append(Span(offset(lineStart), offset(cut.end)))
        index = cut.next
        lineStart = index
        lineWidth = 0
        lastBreak = nil
        continue
      }
      lineWidth += grapheme.columns
      index += 1
    }
    if lineStart < graphemes.count {
      var last = min(index, graphemes.count)
      while last > lineStart, graphemes[last - 1].isSpace { last -= 1 }
      if last > lineStart { lines.append(Span(offset(lineStart), offset(last))) }
    }
    return lines
  }

  /// The graphemes of `span`, measured as they will be shown, and the span's end offset.
  static func graphemes(of span: Span, in scalars: [Unicode.Scalar]) -> ([Grapheme], Int) {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<span.end])
    var graphemes: [Grapheme] = []
    var offset = span.start
    for character in String(view) {
      let isSpace = character.isWhitespace
      let columns = isSpace ? 1 : DisplayWidth.of(Sanitizer.visible(character))
      graphemes.append(
        Grapheme(
          start: offset, columns: columns, isSpace: isSpace, isWide: columns == 2,
          character: character))
      offset += character.unicodeScalars.count
    }
    return (graphemes, span.end)
  }
}
