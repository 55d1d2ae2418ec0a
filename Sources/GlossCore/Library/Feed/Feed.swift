/// An RSS 2.0 (or 1.0) or Atom feed read from a local file: its title and its items in the
/// feed's order, with titles already plain text (entities decoded, markup dropped).
public struct Feed: Sendable, Equatable {
  /// The channel's or feed's title: the source of its items.
  public var title: String?
  public var items: [FeedItem]
}

/// One item (RSS) or entry (Atom) of a feed.
public struct FeedItem: Sendable, Equatable {
  /// The title as plain text; empty when the item has none.
  public var title: String
  public var link: String?
  /// The item's own identifier: RSS `guid`, Atom `id`; what the news store tells items apart by.
  public var guid: String?
  /// `pubDate`, `published`, `updated` or `dc:date`, as written.
  public var date: String?
  public var author: String?
  /// The full content: `content:encoded` (RSS) or `content` (Atom).
  public var content: FeedBody?
  /// The summary: `description` (RSS) or `summary` (Atom).
  public var summary: FeedBody?
}

/// An item's content or summary, as the feed types it.
public enum FeedBody: Sendable, Equatable {
  /// HTML markup (RSS `description` and `content:encoded`, Atom `type="html"` or `"xhtml"`).
  case html(String)
  /// Plain text (Atom `type="text"`, the default).
  case text(String)

  /// True when it holds nothing but white space.
  public var isBlank: Bool {
    switch self {
    case .html(let text), .text(let text): return text.allSatisfy(\.isWhitespace)
    }
  }
}
