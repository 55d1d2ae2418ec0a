import Foundation
import GlossCore

/// Loads and annotates a long article on a thread of its own while the reader shows its
/// preview (``ArticlePreview``), and reports, through ``takeNews()``: the preview's own
/// annotations (a few milliseconds); the whole text, wrapped, as soon as it is read, so that all
/// of it can be read and searched; the annotations found so far once 1, 4, 16 … sections of a
/// long article are done (see ``AnnotationRun``), so that the panes fill as it goes; progress;
/// then the finished ``LoadedDocument``. It makes ``wakeDescriptor``
/// readable whenever there is news, so that the reader's loop can wait for a key and for news at
/// once.
///
/// `cancel()` stops the work at the next piece of the annotation run: the thread then ends
/// without a result. Nothing partial is ever reported as finished.
public final class BackgroundLoad: @unchecked Sendable {
  /// What the background thread has to tell the reader.
  public enum News: Sendable {
    case progress(LoadStage)
    /// The annotations found so far (the preview's, then those of the sections of the article
    /// done), on the text shown, until the whole article's are ready.
    case annotatedSoFar(ReaderDocument)
    /// The whole text, with the annotations so far, and its body wrapped as the reader asked.
    case wholeText(ReaderDocument, BodyLayout)
    case finished(LoadedDocument)
    /// The whole file could not be loaded: the message, one line.
    case failed(String)
  }

  private let path: String
  /// The opening the reader shows, annotated first so the panes are not empty meanwhile.
  private let preview: Article?
  private let choice: AnnotationChoice?
  private let piece: Int
  private let section: Int
  private let lock = NSLock()
  /// The thread, and its news for the reader; progress replaces progress.
  private let worker = BackgroundWork<News> { new, waiting in
    if case .progress = new, case .progress = waiting { return true }
    return false
  }
  /// The body's text width and fold state the reader shows; guarded by `lock`.
  private var bodyShape: (width: Int, expanded: Bool) = (80, false)

  /// Prepares the load of the article at `path`, showing the annotations `choice` selects (by
  /// default both when a brat file is beside it); the annotation run reads `piece` blocks at a
  /// time, which bounds how long `cancel()` takes, in sections of `section` scalars. A
  /// `preview` is annotated first, on its own.
  public init(
    path: String, preview: Article? = nil, choice: AnnotationChoice?, piece: Int = 2_000,
    section: Int = AnnotationRun.section
  ) {
    self.path = path
    self.preview = preview
    self.choice = choice
    self.piece = piece
    self.section = section
  }

  /// Readable when there is news to take.
  public var wakeDescriptor: Int32 { worker.wakeDescriptor }

  /// Starts the thread (once).
  public func start() { worker.start { [self] in work() } }

  /// Asks the thread to stop; it ends at the next piece of work, reporting nothing more.
  public func cancel() { worker.cancel() }

  /// Waits up to `timeout` seconds for the thread to end; true when it has (or never started).
  public func waitUntilStopped(timeout: Double) -> Bool { worker.waitUntilStopped(timeout: timeout) }

  /// Tells the thread the text width and fold state of the reader's body, so the finished
  /// document comes wrapped as the reader needs it.
  public func shapeBody(width: Int, expanded: Bool) { lock.withLock { bodyShape = (width, expanded) } }

  /// True once `start()` was called.
  public var hasStarted: Bool { worker.hasStarted }

  /// True while the thread runs.
  public var isRunning: Bool { worker.isRunning }

  /// The news since the last call, oldest first (at most one progress report).
  public func takeNews() -> [News] { worker.take() }

  private var isCancelled: Bool { worker.isCancelled }

  private func report(_ news: News) { worker.post(news) }

  private func work() {
    var annotations = Annotations()
    if let preview {
      annotations = Annotator().annotate(preview)
      if isCancelled { return }
      report(.annotatedSoFar(ReaderDocument(article: preview, annotations: annotations)))
    }
    report(.progress(.reading))
    let loaded: LoadedArticle
    do {
      loaded = try ArticleLoader().load(path)
    } catch {
      if !isCancelled { report(.failed(error.message)) }
      return
    }
    let article = loaded.article
    var shape = lock.withLock { bodyShape }
    var body = BodyLayout(
      document: ReaderDocument(article: article, annotations: annotations), width: shape.width,
      expanded: shape.expanded)
    guard !isCancelled else { return }
    report(.wholeText(ReaderDocument(article: article, annotations: annotations), body))
    var run = AnnotationRun(article: article, piece: piece, section: section)
    var shown = -1
    var sectionsShown = 0
    while run.advance() {
      if isCancelled { return }
      // After 1, 4, 16 … sections: the panes fill early, and the documents made for them cost
      // less than half of the final one.
      if run.sectionsDone >= 4 * sectionsShown, run.sectionsDone > sectionsShown, let sofar = run.annotationsSoFar {
        sectionsShown = run.sectionsDone
        report(.annotatedSoFar(ReaderDocument(article: article, annotations: sofar)))
      }
      if Int(run.fraction * 100) != shown {
        shown = Int(run.fraction * 100)
        report(.progress(.annotating(run.fraction)))
      }
    }
    guard let automatic = run.result, !isCancelled else { return }
    report(.progress(.preparing))
    let (sets, warnings) = ArticleAnnotationSets.besideArticle(path, article: article, automatic: automatic)
    let choice = sets.file == nil ? .auto : choice ?? sets.defaultChoice
    let document = ReaderDocument(article: article, annotations: sets.annotations(choice))
    if lock.withLock({ bodyShape }) != shape {
      shape = lock.withLock { bodyShape }
      body = BodyLayout(document: document, width: shape.width, expanded: shape.expanded)
    }
    guard !isCancelled else { return }
    report(
      .finished(
        LoadedDocument(
          loaded: loaded, sets: sets, choice: choice, document: document, body: body,
          warnings: loaded.warnings + warnings)))
  }
}
