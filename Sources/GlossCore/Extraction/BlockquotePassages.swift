/// Passages the layout marks as quoted without quotation marks: a run of block-quote paragraphs
/// (Markdown `>`, HTML `<blockquote>`) is one passage, its last paragraph left out when it only
/// names the speaker ("— Elena Varga"). Quotations marked inside it become its nested passages.
struct BlockquotePassages {
  let article: Article
  let document: Document

  /// `passages` (from quotation marks) with the block-quote passages added, numbered after
  /// them; the attribution lines of the new passages by passage number.
  func adding(to passages: [QuotedPassage]) -> (passages: [QuotedPassage], attributions: [Int: Span]) {
    var result = passages
    var attributions: [Int: Span] = [:]
    var number = (passages.map(\.number).max() ?? 0) + 1
    for run in runs() {
      var pieces = run
      var attribution: Span?
      if pieces.count > 1, let last = pieces.last, isAttribution(last) {
        attribution = last
        pieces.removeLast()
      }
      let outer = Span(pieces[0].start, pieces[pieces.count - 1].end)
      // A block already quoted with marks is the scanner's.
      if passages.contains(where: { $0.parent == nil && $0.outer.start <= outer.start + 1 && $0.outer.end >= outer.end - 1 }) {
        continue
      }
      for index in result.indices where result[index].parent == nil && outer.contains(result[index].outer) {
        result[index].parent = number
      }
      result.append(QuotedPassage(number: number, pieces: pieces, outer: outer, parent: nil, balanced: true))
      if let attribution { attributions[number] = attribution }
      number += 1
    }
    return (result.sorted { $0.outer < $1.outer }, attributions)
  }

  /// Consecutive block-quote paragraphs of the body, as trimmed spans.
  private func runs() -> [[Span]] {
    var runs: [[Span]] = []
    var current: [Span] = []
    for paragraph in article.paragraphs {
      if paragraph.role == .blockquote, !paragraph.isBoilerplate {
        current.append(article.scalars.trimmed(paragraph.span))
      } else if !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs.filter { !$0.isEmpty }
  }

  /// True for a short line that opens with a dash: the name of whoever is quoted.
  private func isAttribution(_ span: Span) -> Bool {
    guard span.length > 0, span.length < 120 else { return false }
    return ["—", "–", "-", "―"].contains(article.scalars[span.start])
  }
}
