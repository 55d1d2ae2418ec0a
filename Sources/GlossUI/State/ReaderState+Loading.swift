import GlossCore

/// A long article shown from its preview while the whole of it loads in the background
/// (``BackgroundLoad``): progress in the status line and the empty panes, the whole text as soon
/// as it is read, the annotations found so far, then the whole article annotated, each put in
/// place without moving what the reader is looking at.
extension ReaderState {
  /// Shows `stage` of the background load (the document is a preview until it finishes).
  public mutating func showLoading(_ stage: LoadStage) {
    loading = stage
  }

  /// Shows the annotations found so far (`document` is the text shown with them) until the
  /// whole article's arrive: the panes and highlights fill, still marked as loading.
  public mutating func showAnnotationsSoFar(_ document: ReaderDocument) {
    guard loading != nil, document.article.length == self.document.article.length else { return }
    self.document = document
    currentQuote = nil
    lists = [:]
    nextJump = [:]
  }

  /// Shows the annotations of an article opened whole before they were found
  /// (``DeferredAnnotation``): the text stays, the highlights and panes fill, and `sets` are
  /// offered as the annotations to choose from, `choice` shown.
  public mutating func showAnnotations(_ sets: ArticleAnnotationSets, choice: AnnotationChoice) {
    loading = nil
    document = ReaderDocument(article: document.article, annotations: sets.annotations(choice))
    offerAnnotations(sets, showing: choice)
    notes = ReaderNotes(document: document)
    currentQuote = nil
    lists = [:]
    nextJump = [:]
  }

  /// Shows the whole text in place of the preview, with the annotations so far (`document`),
  /// so that all of it can be read and searched while it is annotated; `layout` is its body.
  public mutating func showWholeText(_ document: ReaderDocument, body layout: BodyLayout) {
    guard loading != nil else { return }
    replaceText(with: document, body: layout)
  }

  /// Puts the whole article in place of its preview: the same text stays at the top of the body
  /// (the preview's offsets are the article's), the search is run again on the whole text, and
  /// the list panes start from the top.
  public mutating func finishLoading(_ loaded: LoadedDocument) {
    loading = nil
    replaceText(with: loaded.document, body: loaded.body)
    annotationSets = nil
    annotationChoice = nil
    offerAnnotations(loaded.sets, showing: loaded.choice)
    offerLinks(loaded.loaded.links)
    notes = ReaderNotes(document: document)
    currentQuote = nil
    lists = [:]
    nextJump = [:]
    let count = document.quotes.count
    announce(
      loaded.warnings.first.map { StatusMessage($0, isError: true) }
        ?? StatusMessage("annotated: \(count) quote\(count == 1 ? "" : "s")"))
  }

  /// Shows `document` with `layout` as its body (wrapped again if the reader's width or fold
  /// changed since, in the background for a long text), keeping the text at the top of the body
  /// where it is and running the search again on it.
  private mutating func replaceText(with document: ReaderDocument, body layout: BodyLayout) {
    let anchor = body.rows.indices.contains(bodyTop) ? body.rows[bodyTop].span.start : 0
    let expanded = wantedBody?.expanded ?? body.isExpanded
    self.document = document
    body = layout
    relayout(expanded: expanded)
    bodyTop = body.row(containing: anchor)
    clampBody()
    if !search.query.isEmpty {
      if document.article.length > TextSearch.typingWindow {
        search.isPartial = true
        wantedSearch = WholeSearch(query: search.query, from: anchor)
      } else {
        search.matches = TextSearch.matches(of: search.query, in: document)
        search.current = search.matches.firstIndex { $0.start >= anchor }
      }
    }
  }

  /// The whole article could not be loaded: the preview stays, with `problem` in the status
  /// line.
  public mutating func failLoading(_ problem: String) {
    loading = nil
    announce(StatusMessage("\(problem) (showing the opening only)", isError: true))
  }

  /// True for the keys that need the whole article: notes, and the choice of annotations.
  mutating func waitsForWholeArticle(_ action: Action) -> Bool {
    guard loading != nil else { return false }
    switch action {
    case .select, .addNote, .highlight, .addTags, .editNote, .deleteNote, .undoDelete, .markStance,
      .nextNote, .previousNote, .cycleAnnotations, .chooseTopic:
      say(StatusMessage("The article is still loading: notes and annotations wait for it", isError: true))
      return true
    default:
      return false
    }
  }
}
