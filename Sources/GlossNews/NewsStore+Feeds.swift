import Foundation
import GRDB

/// Subscribing, unsubscribing and listing feeds.
extension NewsStore {
  /// Subscribes to the feed at `url`, named `name`; refuses one already there.
  @discardableResult
  public func add(url: String, name: String? = nil, title: String? = nil) throws(NewsStoreError) -> NewsFeed {
    try write { db in
      if try NewsFeed.filter(Column("url") == url).fetchOne(db) != nil {
        throw NewsStoreError(message: "\(url): already subscribed", exitCode: 65)
      }
      var feed = NewsFeed(url: url, name: name)
      feed.title = title
      try feed.insert(db)
      feed.id = db.lastInsertedRowID
      return feed
    }
  }

  /// Unsubscribes from the feed whose address or name is `key`, its items with it; returns it.
  @discardableResult
  public func remove(_ key: String) throws(NewsStoreError) -> NewsFeed {
    try write { db in
      guard let feed = try Self.feed(db, key) else {
        throw NewsStoreError(message: "\(key): no such feed (gloss feeds list shows them)", exitCode: 65)
      }
      try feed.delete(db)
      return feed
    }
  }

  /// The feed whose address, name or title is `key`.
  static func feed(_ db: Database, _ key: String) throws -> NewsFeed? {
    try NewsFeed.filter(Column("url") == key || Column("name") == key || Column("title") == key).fetchOne(db)
  }

  /// Every feed, in the order subscribed.
  public func feeds() throws(NewsStoreError) -> [NewsFeed] {
    try read { db in try NewsFeed.order(Column("id")).fetchAll(db) }
  }

  /// Every feed with its counts of items and unread items.
  public func feedSummaries() throws(NewsStoreError) -> [NewsFeedSummary] {
    try read { db in
      let counts = try Row.fetchAll(
        db, sql: "SELECT feedId, COUNT(*) AS items, SUM(NOT isRead) AS unread FROM item GROUP BY feedId")
      var byFeed: [Int64: (Int, Int)] = [:]
      for row in counts { byFeed[row["feedId"]] = (row["items"], row["unread"]) }
      return try NewsFeed.order(Column("id")).fetchAll(db).map { feed in
        let (items, unread) = feed.id.flatMap { byFeed[$0] } ?? (0, 0)
        return NewsFeedSummary(feed: feed, items: items, unread: unread)
      }
    }
  }
}
