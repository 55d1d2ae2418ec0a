import Foundation
import GlossCore

/// Reads every article of a library in the background while the list is on screen, on a
/// worker a core, reported in the library's order: each through the annotation cache
/// (annotating what it does not hold, and keeping the result), counting its notes, and adding it
/// to the actors index. The list fills in from the news (``takeNews()``); ``wakeDescriptor`` is
/// readable whenever there is some.
///
/// Items are reported in batches (every 50 ms at most), so the loop redraws a few times a
/// second rather than once an article; the actors index comes once every article is read.
/// `cancel()` stops the work before its next article.
public final class LibraryLoad: @unchecked Sendable {
  /// What the thread has to tell the library view.
  public enum News: Sendable {
    /// Articles read (or found unreadable) since the last batch.
    case items([ItemNews])
    /// Articles done so far, of the library's items.
    case progress(done: Int, total: Int)
    /// Every article has been read: the actors across them.
    case indexed(ActorIndex)
  }

  /// One article's outcome.
  public struct ItemNews: Sendable {
    public var item: Int
    /// The article's facts and the number of notes on it, or why it cannot be read.
    public var result: Result<(facts: ArticleFacts, notes: Int), LibraryReadError>
    /// A stored news item's article text, which `/` in the news library searches; nil for
    /// any other item (their lists filter by headline, source and date).
    public var text: String? = nil
  }

  private let items: [LibraryItem]
  private let reader: LibraryReader
  private let environment: [String: String]
  private let worker = BackgroundWork<News> { new, waiting in
    if case .progress = new, case .progress = waiting { return true }
    return false
  }

  /// Prepares to read `items` with `reader`; notes are looked for where the reader would open
  /// them (``NotesLocation``, with `environment`'s data directory).
  public init(items: [LibraryItem], reader: LibraryReader, environment: [String: String]) {
    self.items = items
    self.reader = reader
    self.environment = environment
  }

  /// Readable when there is news to take.
  public var wakeDescriptor: Int32 { worker.wakeDescriptor }

  /// Starts the thread (once).
  public func start() { worker.start { [self] in work() } }

  /// Asks the thread to stop before its next article, reporting nothing more.
  public func cancel() { worker.cancel() }

  /// True once `start()` was called.
  public var hasStarted: Bool { worker.hasStarted }

  /// Waits up to `timeout` seconds for the thread to end; true when it has (or never started).
  public func waitUntilStopped(timeout: Double) -> Bool { worker.waitUntilStopped(timeout: timeout) }

  /// The news since the last call, oldest first (at most one progress report in a row).
  public func takeNews() -> [News] { worker.take() }

  /// Where the notes of an article read from `path` (nil: a feed item's content) are kept.
  public static func notesPath(
    articlePath path: String?, text: @autoclosure () -> String, environment: [String: String]
  ) -> String {
    NotesLocation.resolve(articlePath: path ?? "-", text: text(), environment: environment).path
  }

  /// Reads the items on a worker a core (``OrderedWork``) and reports them in the library's
  /// order; the actors index is built from them in that order.
  private func work() {
    var builder = ActorIndexBuilder()
    var batch: [ItemNews] = []
    var lastPost = DispatchTime.now()
    let indices = items.indices.lazy.prefix { [worker] _ in !worker.isCancelled }.makeIterator()
    OrderedWork.run(items: indices) { [self] index in
      items[index].error == nil ? read(items[index], index: index) : nil
    } deliver: { index, read in
      guard !worker.isCancelled else { return }
      if let read {
        if let annotations = read.annotations, case .success(let success) = read.news.result {
          builder.add(item: index, facts: success.facts, annotations: annotations)
        }
        batch.append(read.news)
      }
      if DispatchTime.now().uptimeNanoseconds - lastPost.uptimeNanoseconds > 50_000_000 || index == items.count - 1 {
        worker.post(.items(batch))
        worker.post(.progress(done: index + 1, total: items.count))
        batch = []
        lastPost = .now()
      }
    }
    let index = builder.build()
    if !worker.isCancelled { worker.post(.indexed(index)) }
  }

  /// Reads one item (on any thread): its news for the list, and its annotations for the actors
  /// index when it could be read.
  private func read(_ item: LibraryItem, index: Int) -> (news: ItemNews, annotations: Annotations?) {
    do {
      let article = try reader.read(item)
      let notes = Self.notesPath(
        articlePath: item.notesPath(articlePath: article.path), text: article.loaded.article.text, environment: environment)
      let count = FileManager.default.fileExists(atPath: notes) ? NotesStore(path: notes).notes.count : 0
      var news = ItemNews(item: index, result: .success((article.facts, count)))
      if case .news = item.origin { news.text = article.loaded.article.readableText }
      return (news, article.annotations)
    } catch {
      return (ItemNews(item: index, result: .failure(error)), nil)
    }
  }
}
