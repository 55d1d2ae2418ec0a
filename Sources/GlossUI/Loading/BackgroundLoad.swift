import Foundation
import GlossCore

/// Loads and annotates a long article on a thread of its own while the reader shows its
/// preview (``ArticlePreview``): reports progress, then the finished ``LoadedDocument``, through
/// ``takeNews()``, and makes ``wakeDescriptor`` readable whenever there is news, so that the
/// reader's loop can wait for a key and for news at once.
///
/// `cancel()` stops the work at the next piece of the annotation run: the thread then ends
/// without a result. Nothing partial is ever reported as finished.
public final class BackgroundLoad: @unchecked Sendable {
  /// What the background thread has to tell the reader.
  public enum News: Sendable {
    case progress(LoadStage)
    case finished(LoadedDocument)
    /// The whole file could not be loaded: the message, one line.
    case failed(String)
  }

  private let path: String
  private let choice: AnnotationChoice?
  private let piece: Int
  private let lock = NSLock()
  /// News not yet taken; guarded by `lock`. Progress replaces progress.
  private var pending: [News] = []
  private var cancelled = false
  /// The body's text width and fold state the reader shows; guarded by `lock`.
  private var bodyShape: (width: Int, expanded: Bool) = (80, false)
  private var running = false
  private var started = false
  private let stopped = DispatchSemaphore(value: 0)
  private let wake: (read: Int32, write: Int32)

  /// Prepares the load of the article at `path`, showing the annotations `choice` selects (by
  /// default both when a brat file is beside it); the annotation run reads `piece` blocks at a
  /// time, which bounds how long `cancel()` takes.
  public init(path: String, choice: AnnotationChoice?, piece: Int = 2_000) {
    self.path = path
    self.choice = choice
    self.piece = piece
    var descriptors: [Int32] = [-1, -1]
    if pipe(&descriptors) == 0 {
      for descriptor in descriptors { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) }
    }
    wake = (descriptors[0], descriptors[1])
  }

  deinit {
    close(wake.read)
    close(wake.write)
  }

  /// Readable when there is news to take.
  public var wakeDescriptor: Int32 { wake.read }

  /// Starts the thread (once).
  public func start() {
    let first = lock.withLock {
      guard !started else { return false }
      started = true
      running = true
      return true
    }
    guard first else { return }
    Thread.detachNewThread { [self] in
      work()
      lock.withLock { running = false }
      stopped.signal()
    }
  }

  /// Asks the thread to stop; it ends at the next piece of work, reporting nothing more.
  public func cancel() { lock.withLock { cancelled = true } }

  /// Waits up to `timeout` seconds for the thread to end; true when it has (or never started).
  public func waitUntilStopped(timeout: Double) -> Bool {
    guard lock.withLock({ running }) else { return true }
    guard stopped.wait(timeout: .now() + timeout) == .success else { return false }
    stopped.signal()
    return true
  }

  /// Tells the thread the text width and fold state of the reader's body, so the finished
  /// document comes wrapped as the reader needs it.
  public func shapeBody(width: Int, expanded: Bool) { lock.withLock { bodyShape = (width, expanded) } }

  /// True once `start()` was called.
  public var hasStarted: Bool { lock.withLock { started } }

  /// True while the thread runs.
  public var isRunning: Bool { lock.withLock { running } }

  /// The news since the last call, oldest first (at most one progress report).
  public func takeNews() -> [News] {
    var byte: UInt8 = 0
    while read(wake.read, &byte, 1) > 0 {}
    return lock.withLock {
      defer { pending = [] }
      return pending
    }
  }

  private var isCancelled: Bool { lock.withLock { cancelled } }

  private func report(_ news: News) {
    lock.withLock {
      if case .progress = news, case .progress = pending.last { pending.removeLast() }
      pending.append(news)
    }
    var byte: UInt8 = 1
    _ = write(wake.write, &byte, 1)
  }

  private func work() {
    report(.progress(.reading))
    let loaded: LoadedArticle
    do {
      loaded = try ArticleLoader().load(path)
    } catch {
      if !isCancelled { report(.failed(error.message)) }
      return
    }
    var run = AnnotationRun(article: loaded.article, piece: piece)
    var shown = -1
    while run.advance() {
      if isCancelled { return }
      let percent = Int(run.fraction * 100)
      if percent != shown {
        shown = percent
        report(.progress(.annotating(run.fraction)))
      }
    }
    guard let automatic = run.result, !isCancelled else { return }
    report(.progress(.preparing))
    let (sets, warnings) = ArticleAnnotationSets.besideArticle(path, article: loaded.article, automatic: automatic)
    let choice = sets.file == nil ? .auto : choice ?? sets.defaultChoice
    let document = ReaderDocument(article: loaded.article, annotations: sets.annotations(choice))
    let shape = lock.withLock { bodyShape }
    let body = BodyLayout(document: document, width: shape.width, expanded: shape.expanded)
    guard !isCancelled else { return }
    report(
      .finished(
        LoadedDocument(
          loaded: loaded, sets: sets, choice: choice, document: document, body: body,
          warnings: loaded.warnings + warnings)))
  }
}
