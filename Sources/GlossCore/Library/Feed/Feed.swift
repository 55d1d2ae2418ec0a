/// An RSS 2.0 (or 1.0) or Atom feed read from a local file: its title and its items in the
/// feed's order, with titles already plain text (entities decoded, markup dropped).
struct Feed: Sendable, Equatable {
  /// The channel's or feed's title: the source of its items.
  var title: String?
  var items: [FeedItem]
}

/// One item (RSS) or entry (Atom) of a feed.
struct FeedItem: Sendable, Equatable {
  /// The title as plain text; empty when the item has none.
  var title: String
  var link: String?
  /// `pubDate`, `published`, `updated` or `dc:date`, as written.
  var date: String?
  var author: String?
  /// The full content: `content:encoded` (RSS) or `content` (Atom).
  var content: FeedBody?
  /// The summary: `description` (RSS) or `summary` (Atom).
  var summary: FeedBody?
}

/// An item's content or summary, as the feed types it.
enum FeedBody: Sendable, Equatable {
  /// HTML markup (RSS `description` and `content:encoded`, Atom `type="html"` or `"xhtml"`).
  case html(String)
  /// Plain text (Atom `type="text"`, the default).
  case text(String)

  /// True when it holds nothing but white space.
  var isBlank: Bool {
    switch self {
    case .html(let text), .text(let text): return text.allSatisfy(\.isWhitespace)
    }
  }
}
