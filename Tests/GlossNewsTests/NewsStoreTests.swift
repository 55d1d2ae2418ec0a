import Foundation
import GRDB
import GlossCore
import GlossTestSupport
import Testing

@testable import GlossNews

/// The news store: subscriptions, search over stored text, read marks, OPML, and a database
/// left by an older version migrated.
@Suite("News store")
struct NewsStoreTests {
  @Test(.timeLimit(.minutes(3))) func searchFindsTheArticlesTextNotOnlyTitles() throws {
    let news = try NewsFixture()
    try news.subscribe("feed/search?items=2", name: "Gazette")
    try news.refresh()
    let hits = try news.store.search("winter storms")
    #expect(hits.count == 2)
    #expect(hits.first?.feed == "Gazette")
    #expect(hits.first?.passage.contains("[winter] [storms]") == true)
    // The text searched is what a reader reads: no front matter, no Markdown marks.
    let headline = try #require(try news.store.search("approves").first)
    #expect(!headline.passage.contains("---") && !headline.passage.contains("# ") && !headline.passage.contains("url:"))
    #expect(try news.store.search("fisherm").count == 2)
    #expect(try news.store.search("nowhere-in-any-article").isEmpty)
    #expect(try news.store.search("\"").isEmpty)
  }

  @Test(.timeLimit(.minutes(3))) func removingAFeedDropsItsItemsAndTheirText() throws {
    let news = try NewsFixture()
    try news.subscribe("feed/gone", name: "Gone")
    try news.refresh()
    #expect(try news.store.remove("Gone").url == news.server.url("feed/gone"))
    #expect(try news.items().isEmpty)
    #expect(try news.store.search("bridge").isEmpty)
    #expect(throws: NewsStoreError(message: "Gone: no such feed (gloss feeds list shows them)", exitCode: 65)) {
      try news.store.remove("Gone")
    }
  }

  @Test(.timeLimit(.minutes(3))) func aFeedIsSubscribedOnce() throws {
    let news = try NewsFixture()
    try news.subscribe("feed/once")
    #expect(throws: NewsStoreError(message: "\(news.server.url("feed/once")): already subscribed", exitCode: 65)) {
      try news.subscribe("feed/once")
    }
  }

  @Test(.timeLimit(.minutes(3))) func readMarksAreKeptAndCounted() throws {
    let news = try NewsFixture()
    try news.subscribe("feed/marks")
    try news.refresh()
    let (library, read) = try news.store.library()
    #expect(library.items.count == 3)
    #expect(read == [false, false, false])
    #expect(library.items.map(\.headline).first == "Harbour council approves bridge marks-3")
    guard case .news(let id) = library.items[0].origin else { Issue.record("not a news item"); return }
    try news.store.setRead(id, true)
    #expect(try news.store.library().read == [true, false, false])
    #expect(try news.store.feedSummaries().first?.unread == 2)
  }

  @Test func opmlRoundTrip() throws {
    let subscriptions = [
      OPML.Subscription(url: "https://example.com/a.xml", title: "A & B \"quoted\""),
      OPML.Subscription(url: "https://example.com/b.xml?x=1&y=2", title: nil),
    ]
    let written = OPML.write(subscriptions)
    let read = try #require(OPML.read(Data(written.utf8)))
    #expect(read == [subscriptions[0], OPML.Subscription(url: subscriptions[1].url, title: subscriptions[1].url)])
    #expect(OPML.read(Data("<rss/>".utf8)) == nil)
    let nested = """
      <opml version="1.0"><body><outline text="News"><outline text="C" xmlUrl="https://c.example/feed"/></outline></body></opml>
      """
    #expect(OPML.read(Data(nested.utf8)) == [OPML.Subscription(url: "https://c.example/feed", title: "C")])
  }

  @Test func aDatabaseOfTheFirstVersionIsMigrated() throws {
    let folder = try TemporaryFolder.make()
    let path = folder.appendingPathComponent("news.sqlite").path
    let old = try DatabaseQueue(path: path)
    try NewsSchema.migrator.migrate(old, upTo: "v1: feeds and items")
    try old.write { db in
      try db.execute(sql: "INSERT INTO feed (id, url, name) VALUES (1, 'https://example.com/feed', 'Old')")
      try db.execute(
        sql: """
          INSERT INTO item (feedId, guid, title, publishedTime, article, articleFormat, fullText, headline)
          VALUES (1, 'urn:old', 'Kept from before', 0, CAST('# Kept from before\n\nThe lighthouse keeper retired.' AS BLOB), 'markdown', 1, 'Kept from before')
          """)
    }
    try old.close()
    let store = try NewsStore(path: path)
    #expect(try store.feeds().map(\.displayName) == ["Old"])
    #expect(try store.search("lighthouse").map(\.title) == ["Kept from before"])
    #expect(try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
  }
}
