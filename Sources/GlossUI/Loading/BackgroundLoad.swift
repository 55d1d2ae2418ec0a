import Foundation
import GlossCore

/// Loads and annotates a long article on a thread of its own while the reader shows its
/// preview (``ArticlePreview``), and reports, through ``takeNews()``: the preview's own
/// annotations (a few milliseconds); the whole text, wrapped, as soon as it is read, so that all
/// of it can be read and searched; the annotations of longer openings of it (the first million
/// scalars, then eight million, on an article at least four times as long), so that the panes
/// fill in steps; progress; then the finished ``LoadedDocument``. It makes ``wakeDescriptor``
/// readable whenever there is news, so that the reader's loop can wait for a key and for news at
/// once.
///
/// `cancel()` stops the work at the next piece of the annotation run: the thread then ends
/// without a result. Nothing partial is ever reported as finished.
public final class BackgroundLoad: @unchecked Sendable {
  /// What the background thread has to tell the reader.
  public enum News: Sendable {
    case progress(LoadStage)
    /// The annotations of an opening of the article (the preview, then longer ones), on the
    /// text shown, until the whole article's are ready.
    case openingAnnotated(ReaderDocument)
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
  /// The lengths of the openings annotated before the whole article.
  private let steps: [Int]
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
  /// time, which bounds how long `cancel()` takes. A `preview` is annotated first, on its own;
  /// then each opening of `steps` scalars, when the article is at least four times as long.
  public init(
    path: String, preview: Article? = nil, choice: AnnotationChoice?, piece: Int = 2_000,
    steps: [Int] = [1_000_000, 8_000_000]
  ) {
    self.path = path
    self.preview = preview
    self.choice = choice
    self.piece = piece
    self.steps = steps
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
      report(.openingAnnotated(ReaderDocument(article: preview, annotations: annotations)))
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
    let openings = steps.filter { article.length >= 4 * $0 }.map { article.opening(upTo: $0) }
    // Progress counts every scalar annotated, the openings' included.
    let total = Double(openings.reduce(article.length) { $0 + $1.length })
    var done = 0
    for opening in openings {
      guard let found = annotate(opening, done: done, of: total) else { return }
      done += opening.length
      report(.openingAnnotated(ReaderDocument(article: article, annotations: found)))
    }
    guard let automatic = annotate(article, done: done, of: total) else { return }
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

  /// The annotations of `article`, reporting progress as `done` plus the part of `article`
  /// annotated, out of `total` scalars; nil when cancelled.
  private func annotate(_ article: Article, done: Int, of total: Double) -> Annotations? {
    var run = AnnotationRun(article: article, piece: piece)
    var shown = -1
    while run.advance() {
      if isCancelled { return nil }
      let fraction = (Double(done) + run.fraction * Double(article.length)) / total
      if Int(fraction * 100) != shown {
        shown = Int(fraction * 100)
        report(.progress(.annotating(fraction)))
      }
    }
    return isCancelled ? nil : run.result
  }
}
