import GlossCore

/// Choosing which annotations the reader shows when a brat file is beside the article: the
/// file's, the automatic ones, or both merged. The choice shows on the status line.
extension ReaderState {
  /// Offers the choice among `sets`, showing `choice` (the document must already show it).
  /// Without a file in `sets` there is nothing to choose and nothing changes.
  public mutating func offerAnnotations(_ sets: ArticleAnnotationSets, showing choice: AnnotationChoice) {
    guard sets.file != nil else { return }
    annotationSets = sets
    annotationChoice = choice
  }

  /// Shows the annotations `choice` selects, keeping the reading position; the quote, list and
  /// jump positions start again, since the lists changed.
  mutating func chooseAnnotations(_ choice: AnnotationChoice) {
    guard let sets = annotationSets else {
      say(StatusMessage("No annotations file (.ann) beside the article: only automatic annotations", isError: true))
      return
    }
    annotationChoice = choice
    stanceTopic = nil
    wantedStances = nil
    document = ReaderDocument(article: document.article, annotations: sets.annotations(choice))
    notes.useAnnotations(of: document)
    currentQuote = nil
    lists = [:]
    nextJump = [:]
    // The body's lines depend on the text alone, which is the same: they stay.
    relayout()
    say(StatusMessage("annotations: \(choice.label)"))
  }
}
