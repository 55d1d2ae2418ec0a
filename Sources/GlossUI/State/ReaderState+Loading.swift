import GlossCore

/// A long article shown from its preview while the whole of it loads in the background
/// (``BackgroundLoad``): progress in the status line and the empty panes, then the whole article
/// put in place of the preview without moving what the reader is looking at.
extension ReaderState {
  /// Shows `stage` of the background load (the document is a preview until it finishes).
  public mutating func showLoading(_ stage: LoadStage) {
    loading = stage
  }

  /// Shows the preview's own annotations (`document` is the preview annotated) until the whole
  /// article's arrive: the panes and highlights fill at once, still marked as loading.
  public mutating func showPreviewAnnotations(_ document: ReaderDocument) {
    guard loading != nil, document.article.length == self.document.article.length else { return }
    self.document = document
    currentQuote = nil
    lists = [:]
    nextJump = [:]
  }

  /// Puts the whole article in place of its preview: the same text stays at the top of the body
  /// (the preview's offsets are the article's), the search is run again on the whole text, and
  /// the list panes start from the top.
  public mutating func finishLoading(_ loaded: LoadedDocument) {
    let anchor = body.rows.indices.contains(bodyTop) ? body.rows[bodyTop].span.start : 0
    loading = nil
    document = loaded.document
    annotationSets = nil
    annotationChoice = nil
    offerAnnotations(loaded.sets, showing: loaded.choice)
    offerLinks(loaded.loaded.links)
    notes = ReaderNotes(document: document)
    currentQuote = nil
    lists = [:]
    nextJump = [:]
    if loaded.body.width == textWidth, loaded.body.isExpanded == body.isExpanded {
      body = loaded.body
    } else {
      relayout(rebuild: true)
    }
    bodyTop = body.row(containing: anchor)
    clampBody()
    if !search.query.isEmpty {
      search.matches = TextSearch.matches(of: search.query, in: document)
      search.current = search.matches.firstIndex { $0.start >= anchor }
    }
    let count = document.quotes.count
    message = loaded.warnings.first.map { StatusMessage($0, isError: true) }
      ?? StatusMessage("annotated: \(count) quote\(count == 1 ? "" : "s")")
  }

  /// The whole article could not be loaded: the preview stays, with `problem` in the status
  /// line.
  public mutating func failLoading(_ problem: String) {
    loading = nil
    message = StatusMessage("\(problem) (showing the opening only)", isError: true)
  }

  /// True for the keys that need the whole article: notes, and the choice of annotations.
  mutating func waitsForWholeArticle(_ action: Action) -> Bool {
    guard loading != nil else { return false }
    switch action {
    case .select, .addNote, .highlight, .addTags, .editNote, .deleteNote, .undoDelete, .markStance,
      .nextNote, .previousNote, .cycleAnnotations:
      message = StatusMessage("The article is still loading: notes and annotations wait for it", isError: true)
      return true
    default:
      return false
    }
  }
}
