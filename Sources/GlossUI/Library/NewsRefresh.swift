import Foundation
import GlossCore

/// A refresh of every subscribed feed on a thread of its own while the news library is on
/// screen (`R`): the work itself is the caller's (the news store is not GlossUI's), reporting
/// through `post`; the library takes the news (``takeNews()``) when ``wakeDescriptor`` is
/// readable.
public final class NewsRefresh: Sendable {
  /// What the refresh has to tell the library.
  public enum News: Sendable {
    /// Feeds done so far, of how many.
    case progress(done: Int, total: Int)
    /// All done: one line saying how it went, and the news as the store now holds it.
    case finished(summary: String, library: Library, readMarks: [Bool])
    /// The refresh could not be made (the store cannot be opened): why.
    case failed(String)
  }

  private let worker = BackgroundWork<News> { new, waiting in
    if case .progress = new, case .progress = waiting { return true }
    return false
  }

  public init() {}

  /// Readable when there is news to take.
  public var wakeDescriptor: Int32 { worker.wakeDescriptor }

  /// Starts `work` on its thread, giving it the function to report with.
  public func start(_ work: @escaping @Sendable (_ post: @Sendable (News) -> Void) -> Void) {
    worker.start { [worker] in
      work { news in if !worker.isCancelled { worker.post(news) } }
    }
  }

  /// Asks the thread to report nothing more (the refresh itself finishes its feed).
  public func cancel() { worker.cancel() }

  /// The news since the last call, oldest first.
  public func takeNews() -> [News] { worker.take() }
}
