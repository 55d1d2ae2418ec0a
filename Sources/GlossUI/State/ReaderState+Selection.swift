import GlossCore

extension ReaderState {
  /// `v`: starts a selection of one word where reading is (the current quote when it is on
  /// screen, else the top line of the body); `v` again drops it.
  mutating func toggleSelection() {
    if selection != nil {
      selection = nil
      return
    }
    let start = readingPosition
    let end = TextMotion.wordEnds(in: document.article.scalars, around: start).first { $0 > start }
    selection = Selection(anchor: start, head: end ?? min(start + 1, document.article.length))
  }

  /// Moves the end of the selection by `motion`, keeping it on screen.
  mutating func extendSelection(_ motion: TextMotion, forward: Bool) {
    guard var selection else { return }
    let ends = motion.ends(in: self, near: selection.head)
    let next = forward
      ? ends.first { $0 > selection.head }
      : ends.last { $0 < selection.head && $0 > selection.anchor }
    guard let next else { return }
    selection.head = next
    self.selection = selection
    reveal(next - 1)
  }

  /// What a note action applies to: the selection, else the current quote, else the sentence
  /// at the top of the body.
  var passage: Span? {
    if let selection { return selection.span }
    if let currentQuote { return document.quotes[currentQuote].span }
    let start = readingPosition
    guard let paragraph = document.article.paragraphIndex(containing: start) else { return nil }
    let sentences = document.article.paragraphs[paragraph].sentences
    return sentences.first { $0.end > start } ?? document.article.paragraphs[paragraph].span
  }

  /// Where reading is: the current quote's start when it is on screen, else the start of the
  /// first line of text on screen.
  private var readingPosition: Int {
    if let currentQuote {
      let start = document.quotes[currentQuote].span.start
      let row = body.row(containing: start)
      if row >= bodyTop, row < bodyTop + bodyHeight { return start }
    }
    let text = body.rows.dropFirst(bodyTop).first { if case .text = $0.kind { true } else { false } }
    return text?.span.start ?? 0
  }
}
