import Foundation

/// Adding a feed's items to a library, each with the content its article is read from.
extension Library {
  mutating func addFeed(_ path: String) {
    let feed: Feed
    switch Self.readFeed(path) {
    case .success(let read): feed = read
    case .failure(let error):
      let name = URL(fileURLWithPath: path).lastPathComponent
      items.append(LibraryItem(origin: .file(path: path), content: .unavailable(error), headline: name))
      return
    }
    addItems(of: feed, named: path, feedFolder: URL(fileURLWithPath: path).deletingLastPathComponent().path)
  }

  /// Adds the items of `feed`, named `name` in messages; saved pages are looked for in
  /// `feedFolder`, and not at all for a feed from the web (nil).
  mutating func addItems(of feed: Feed, named name: String, feedFolder: String?) {
    if feed.items.isEmpty { problems.append("\(name): the feed has no items") }
    for (index, item) in feed.items.enumerated() {
      let origin = LibraryOrigin.feedItem(feed: name, number: index + 1)
      items.append(
        LibraryItem(
          origin: origin,
          content: Self.content(of: item, source: feed.title, feedFolder: feedFolder, name: origin.name),
          headline: item.title.isEmpty ? item.link ?? origin.name : item.title, link: item.link,
          source: feed.title, date: item.date))
    }
  }

  /// The feed in the file at `path`, or why it cannot be read as one.
  static func readFeed(_ path: String) -> Result<Feed, LibraryReadError> {
    let data: Data
    do {
      data = try ArticleLoader().readFile(path)
    } catch {
      return .failure(LibraryReadError(error))
    }
    guard let feed = FeedParser.parse(data) else {
      return .failure(LibraryReadError(message: "\(path): is not an RSS or Atom feed", exitCode: 65))
    }
    return .success(feed)
  }

  /// What a feed item's article is read from: its full content; else the saved copy of its
  /// linked page beside the feed (``SavedPage``); else its summary; else nothing.
  static func content(of item: FeedItem, source: String?, feedFolder: String?, name: String) -> ArticleContent {
    if let content = item.content, !content.isBlank {
      return .bytes(FeedItemPage.page(item, source: source, body: content), format: .html)
    }
    if let link = item.link, let feedFolder, let saved = SavedPage.path(for: link, feedFolder: feedFolder) {
      return .file(path: saved)
    }
    if let summary = item.summary, !summary.isBlank {
      return .bytes(FeedItemPage.page(item, source: source, body: summary), format: .html)
    }
    let reason =
      item.link == nil
      ? "has no content and no link"
      : feedFolder == nil ? "has no content" : "has no content, and no saved page for its link beside the feed"
    return .unavailable(LibraryReadError(message: "\(name): \(reason)", exitCode: 66))
  }
}
