import Foundation
import GlossCore
import GRDB
import GlossTestSupport

@testable import GlossNews

/// A news store in a temporary folder of its own, with a refresher fetching from the tests'
/// server and an annotation cache beside the store: what each news test starts from.
struct NewsFixture {
  let folder: URL
  let store: NewsStore
  let server: NewsServer
  let refresher: FeedRefresher

  init(limits: FetchLimits = FetchLimits(lowSpeedBytes: 100, lowSpeedSeconds: 2, maxBytes: 1 << 20)) throws {
    folder = try TemporaryFolder.make()
    store = try NewsStore(path: folder.appendingPathComponent("news.sqlite").path)
    server = try NewsServer.start()
    refresher = FeedRefresher(
      store: store, fetcher: WebFetcher(userAgent: "Gloss/test", limits: limits),
      reader: LibraryReader(cache: AnnotationCache(directory: folder.appendingPathComponent("cache").path)), jobs: 4)
  }

  /// Subscribes to the server's `path`.
  @discardableResult
  func subscribe(_ path: String, name: String? = nil) throws -> NewsFeed {
    try store.add(url: server.url(path), name: name)
  }

  /// Refreshes every feed.
  @discardableResult
  func refresh() throws -> [FeedRefresher.Outcome] {
    refresher.refresh(try store.feeds())
  }

  /// The stored items, newest first.
  func items() throws -> [NewsItem] {
    try store.read { db in try NewsItem.order(Column("publishedTime").desc).fetchAll(db) }
  }
}
