import GRDB

/// A subscribed feed as the store keeps it: its address, names, the validators of its last
/// answer (for a conditional GET), and how its last refresh went.
public struct NewsFeed: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "feed"

  public var id: Int64?
  public var url: String
  /// The name the reader gave (`--name`), if any.
  public var name: String?
  /// The feed's own title, from its last answer.
  public var title: String?
  public var etag: String?
  public var lastModified: String?
  /// One line: how the last refresh went (`3 new items`, `not modified`, or the error).
  public var lastStatus: String?
  /// When it was last fetched, in seconds since 1970.
  public var lastFetched: Double?
  /// Not to be fetched before this time (a `429` with `Retry-After`), in seconds since 1970.
  public var retryAfter: Double?

  public init(url: String, name: String? = nil) {
    self.url = url
    self.name = name
  }

  /// How lists name it: the reader's name, else its title, else its address.
  public var displayName: String { name ?? title ?? url }
}

/// A feed with the counts `gloss feeds list` shows.
public struct NewsFeedSummary: Sendable, Equatable {
  public var feed: NewsFeed
  public var items: Int
  public var unread: Int
}
