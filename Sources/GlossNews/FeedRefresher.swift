import Foundation
import GlossCore

/// Refreshes subscribed feeds: a conditional GET of each (a `304` leaves it as it is), and for
/// each new item (by guid, else link) its linked page fetched, its article extracted (the full
/// text; the feed's own content when the page cannot be had) and annotated once, through the
/// annotation cache. Feeds are refreshed `jobs` at a time, one connection per host at a time
/// (``HostGate``); each feed's result is saved in one transaction as soon as it is done.
public struct FeedRefresher: Sendable {
  public let store: NewsStore
  public let fetcher: WebFetcher
  /// Annotates new articles, keeping the results in the annotation cache.
  public let reader: LibraryReader
  public let jobs: Int
  private let gate = HostGate()

  public init(store: NewsStore, fetcher: WebFetcher, reader: LibraryReader, jobs: Int = 4) {
    self.store = store
    self.fetcher = fetcher
    self.reader = reader
    self.jobs = max(1, jobs)
  }

  /// How one feed's refresh went.
  public struct Outcome: Sendable {
    public var feed: NewsFeed
    /// One line: `3 new items`, `not modified`, or why it failed.
    public var status: String
    public var newItems: Int
    public var failed: Bool
  }

  /// Refreshes `feeds`, `jobs` at a time, calling `progress` on the calling thread with each
  /// outcome in the feeds' order as soon as it is in; returns the outcomes in that order.
  public func refresh(_ feeds: [NewsFeed], progress: (Outcome) -> Void = { _ in }) -> [Outcome] {
    var outcomes: [Outcome] = []
    OrderedWork.run(count: feeds.count, workers: jobs) { index in
      refresh(feeds[index])
    } deliver: { _, outcome in
      outcomes.append(outcome)
      progress(outcome)
    }
    return outcomes
  }

  /// Refreshes one feed and saves what it brought.
  func refresh(_ feed: NewsFeed) -> Outcome {
    let now = Date().timeIntervalSince1970
    if let wait = feed.retryAfter, wait > now {
      return Outcome(feed: feed, status: "waiting: the server asked not to fetch for \(Int(wait - now)) s more", newItems: 0, failed: true)
    }
    let update = fetchFeed(feed)
    var failed = false
    if case .failed = update.status { failed = true }
    do {
      let (status, inserted) = try store.save(update)
      return Outcome(feed: feed, status: status, newItems: inserted, failed: failed)
    } catch {
      return Outcome(feed: feed, status: error.message, newItems: 0, failed: true)
    }
  }

  /// The update one fetch of `feed` gives.
  func fetchFeed(_ feed: NewsFeed) -> FeedUpdate {
    let id = feed.id ?? 0
    guard let address = WebAddress(feed.url) else {
      return FeedUpdate(feedId: id, status: .failed(FetchError.refusing(feed.url).explanation))
    }
    let response: FetchResponse
    do {
      response = try gate.withHost(address.host) { () throws(FetchError) in
        try fetcher.fetch(FetchRequest(address, etag: feed.etag, lastModified: feed.lastModified))
      }
    } catch {
      var update = FeedUpdate(feedId: id, status: .failed(error.explanation))
      if case .rateLimited(let seconds) = error.reason {
        update.retryAfter = Date().timeIntervalSince1970 + Double(seconds ?? 3600)
      }
      return update
    }
    if response.isNotModified {
      var update = FeedUpdate(feedId: id, status: .notModified)
      (update.etag, update.lastModified) = (feed.etag, feed.lastModified)
      return update
    }
    guard let parsed = FeedParser.parse(response.body) else {
      return FeedUpdate(feedId: id, status: .failed("is not an RSS or Atom feed (or its XML is broken)"))
    }
    if parsed.items.isEmpty { return FeedUpdate(feedId: id, status: .failed("the feed has no items (or its XML is broken)")) }
    var update = FeedUpdate(feedId: id, status: .fetched)
    update.title = parsed.title
    (update.etag, update.lastModified) = (response.etag, response.lastModified)
    update.newItems = newItems(of: parsed, feed: feed, address: response.address)
    return update
  }

  /// The items of `parsed` not stored yet, each with its article and search text.
  func newItems(of parsed: Feed, feed: NewsFeed, address: WebAddress) -> [(item: NewsItem, text: String)] {
    var seen = Set<String>()
    let keyed = parsed.items.map { (key: Self.guid($0, feed: address), item: $0) }
    let stored = (try? store.storedGuids(keyed.map(\.key))) ?? []
    let added = Date().timeIntervalSince1970
    return keyed.compactMap { key, item in
      guard !stored.contains(key), seen.insert(key).inserted else { return nil }
      return article(of: item, guid: key, feed: feed, source: parsed.title, added: added)
    }
  }

  /// The item's guid, else its link, else its title and date under the feed's address.
  static func guid(_ item: FeedItem, feed: WebAddress) -> String {
    item.guid ?? item.link ?? "\(feed)#\(item.title)|\(item.date ?? "")"
  }

  /// The stored item made of `item`: the full text of its linked page when it can be had,
  /// else the feed's content or summary; annotated once.
  func article(of item: FeedItem, guid: String, feed: NewsFeed, source: String?, added: Double) -> (item: NewsItem, text: String) {
    let body = [item.content, item.summary].compactMap { $0 }.first { !$0.isBlank }
    let feedPage = FeedItemPage.page(item, source: source, body: body ?? .text(""))
    var stored = NewsItem(
      feedId: feed.id ?? 0, guid: guid, url: item.link, title: item.title.isEmpty ? (item.link ?? guid) : item.title,
      author: item.author, published: item.date, publishedTime: item.date.flatMap(PublishedDate.seconds) ?? added,
      feedContent: body.map { _ in String(decoding: feedPage, as: UTF8.self) }, article: feedPage,
      articleFormat: ArticleFormat.html.rawValue, fullText: false, headline: item.title)
    if let page = fullText(item.link) {
      stored.article = Data(ExtractWriter().write(page, as: .md).utf8)
      stored.articleFormat = ArticleFormat.markdown.rawValue
      stored.fullText = true
    }
    let libraryItem = stored.libraryItem(source: source)
    guard let read = try? reader.read(libraryItem) else { return (stored, stored.title) }
    if !read.facts.headline.isEmpty { stored.headline = read.facts.headline }
    stored.quoteCount = read.facts.quoteCount
    return (stored, read.loaded.article.readableText)
  }

  /// The article of the page at `link`, or nil when it cannot be fetched or holds none.
  func fullText(_ link: String?) -> LoadedArticle? {
    guard let link, let address = WebAddress(link),
      let response = try? gate.withHost(address.host, { () throws(FetchError) in try fetcher.fetch(FetchRequest(address)) }),
      case .article(let data, let format) = WebResource(response)
    else { return nil }
    return try? WebDocument.article(data, format: format, address: response.address, name: link)
  }
}
