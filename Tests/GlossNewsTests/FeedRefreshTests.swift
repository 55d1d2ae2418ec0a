import Foundation
@testable import GlossCore
import Testing

@testable import GlossNews

/// Refreshing subscribed feeds from the tests' server: conditional GET, no duplicates, the full
/// text of each item, and a clear status for each broken case, the database left whole.
@Suite("Feed refresh")
struct FeedRefreshTests {
  @Test(.timeLimit(.minutes(3))) func anUnchangedFeedIsAConditionalGETAnswered304() throws {
    let news = try NewsFixture()
    try news.subscribe("feed/cond")
    #expect(try news.refresh().first?.status == "3 new items")
    let second = try #require(try news.refresh().first)
    #expect(second.status == "not modified")
    #expect(!second.failed)
    let requests = try news.server.requests(startingWith: "feed/cond")
    #expect(requests.count == 2)
    #expect(requests.first?.headers["If-None-Match"] == nil)
    #expect(requests.last?.headers["If-None-Match"] == "\"feed-cond-3-0\"")
    #expect(requests.last?.headers["If-Modified-Since"] != nil)
    #expect(try news.items().count == 3)
  }

  @Test(.timeLimit(.minutes(3))) func aChangedFeedAddsOnlyItsNewItems() throws {
    let news = try NewsFixture()
    try news.subscribe("feed/grow")
    try news.refresh()
    news.server.bump("grow")
    #expect(try news.refresh().first?.status == "1 new item")
    let items = try news.items()
    #expect(items.count == 4)
    #expect(Set(items.map(\.guid)).count == 4)
    #expect(items.first?.title == "Bridge story grow-4")
  }

  @Test(.timeLimit(.minutes(3))) func anItemInTwoFeedsIsStoredOnce() throws {
    let news = try NewsFixture()
    try news.subscribe("feed/twice")
    try news.subscribe("atom/twice")
    let outcomes = try news.refresh()
    #expect(outcomes.map(\.newItems).reduce(0, +) == 3)
    #expect(try news.items().count == 3)
  }

  @Test(.timeLimit(.minutes(3))) func eachItemKeepsTheFullTextOfItsPageAnnotated() throws {
    let news = try NewsFixture()
    try news.subscribe("feed/full?items=1")
    try news.refresh()
    let item = try #require(try news.items().first)
    #expect(item.fullText)
    #expect(item.articleFormat == "markdown")
    #expect(String(decoding: item.article, as: UTF8.self).contains("We will build the bridge before the winter storms"))
    #expect(item.feedContent?.contains("A short summary of full-1.") == true)
    #expect(item.headline == "Harbour council approves bridge full-1")
    #expect((item.quoteCount ?? 0) >= 2)
    #expect(try news.server.requests(startingWith: "page/full-1").count == 1)
  }

  @Test(.timeLimit(.minutes(3))) func theFeedsContentStandsInForAPageThatCannotBeHad() throws {
    let news = try NewsFixture()
    // The item's link answers 404: its summary is its article.
    let feed = try news.subscribe("feed/nopage")
    var update = FeedUpdate(feedId: feed.id!, status: .fetched)
    let item = FeedItem(title: "Lonely", link: news.server.url("status/404"), guid: "urn:lonely", summary: .html("<p>Only the summary.</p>"))
    update.newItems = news.refresher.newItems(of: Feed(title: "T", items: [item]), feed: feed, address: WebAddressFixture.any)
    try news.store.save(update)
    let stored = try #require(try news.items().first)
    #expect(!stored.fullText)
    #expect(String(decoding: stored.article, as: UTF8.self).contains("Only the summary."))
  }

  @Test(.timeLimit(.minutes(3))) func brokenFeedsGetAStatusLineAndLeaveTheRestStored() throws {
    let news = try NewsFixture()
    try news.subscribe("feed/healthy")
    let broken: [(String, String)] = [
      ("status/404", "the server answered 404 Not Found"),
      ("status/500", "the server answered 500 Internal Server Error"),
      ("notfeed", "is not an RSS or Atom feed (or its XML is broken)"),
      ("xml", "is not an RSS or Atom feed (or its XML is broken)"),
      ("malformed", "the feed has no items (or its XML is broken)"),
      ("loop", "more than 5 redirects (a redirect loop?)"),
      ("to-file", "redirected to an address that is not http or https"),
      ("slow", "the server is too slow (under 100 bytes a second for 2 s)"),
      ("endless", "the answer is larger than 1 MB"),
      ("ratelimit/refresh", "the server asks to wait (429 Too Many Requests, retry after 120 s)"),
    ]
    for (path, _) in broken { try news.subscribe(path) }
    try news.store.add(url: "http://127.0.0.1:1/feed")
    let outcomes = try news.refresh()
    #expect(outcomes.first?.failed == false)
    for (outcome, (path, status)) in zip(outcomes.dropFirst(), broken) {
      #expect(outcome.failed, "\(path)")
      #expect(outcome.status == status, "\(path)")
    }
    #expect(outcomes.last?.status == "cannot connect to the host")
    #expect(try news.items().count == 3)
    let listed = try news.store.feedSummaries()
    #expect(listed.first { $0.feed.url.hasSuffix("status/404") }?.feed.lastStatus == "the server answered 404 Not Found")
    let waiting = try #require(listed.first { $0.feed.url.hasSuffix("ratelimit/refresh") }?.feed)
    #expect(news.refresher.refresh([waiting]).first?.status.hasPrefix("waiting: the server asked not to fetch") == true)
    #expect(try news.server.requests(startingWith: "ratelimit/refresh").count == 1)
  }
}

/// An address for items saved by hand.
enum WebAddressFixture {
  static let any = WebAddress("http://127.0.0.1/")!
}
