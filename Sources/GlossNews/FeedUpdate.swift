import Foundation
import GRDB

/// What one refresh of one feed brings, saved in one transaction: how it went, the validators
/// of the answer, and the new items with the text search indexes them by.
public struct FeedUpdate: Sendable {
  /// How the fetch went.
  public enum Status: Sendable, Equatable {
    /// A feed came: its new items are in the update.
    case fetched
    /// `304 Not Modified`: nothing changed.
    case notModified
    /// Why nothing could be had (one line).
    case failed(String)
  }

  public var feedId: Int64
  public var status: Status
  public var fetched: Double
  /// The feed's title, validators and wait from this answer; nil keeps what was stored (a 304
  /// or a failure).
  public var title: String?
  public var etag: String?
  public var lastModified: String?
  public var retryAfter: Double?
  public var newItems: [(item: NewsItem, text: String)] = []

  public init(feedId: Int64, status: Status, fetched: Double = Date().timeIntervalSince1970) {
    self.feedId = feedId
    self.status = status
    self.fetched = fetched
  }
}

extension NewsStore {
  /// Saves `update` in one transaction; returns the feed's status line (`3 new items`, `not
  /// modified`, or the failure), counting only the items that were new (an item another feed
  /// stored meanwhile is not stored twice).
  @discardableResult
  public func save(_ update: FeedUpdate) throws(NewsStoreError) -> (status: String, inserted: Int) {
    try write { db in
      guard var feed = try NewsFeed.fetchOne(db, key: update.feedId) else { return ("unsubscribed meanwhile", 0) }
      feed.lastFetched = update.fetched
      feed.retryAfter = update.retryAfter
      if let title = update.title { feed.title = title }
      if update.etag != nil || update.lastModified != nil {
        feed.etag = update.etag
        feed.lastModified = update.lastModified
      }
      var inserted = 0
      for (item, text) in update.newItems {
        try item.insert(db, onConflict: .ignore)
        guard db.changesCount > 0 else { continue }
        let id = db.lastInsertedRowID
        try db.execute(
          sql: "INSERT INTO itemText(rowid, title, body) VALUES (?, ?, ?)", arguments: [id, item.title, text])
        inserted += 1
      }
      switch update.status {
      case .fetched: feed.lastStatus = inserted == 1 ? "1 new item" : "\(inserted) new items"
      case .notModified: feed.lastStatus = "not modified"
      case .failed(let reason): feed.lastStatus = reason
      }
      try feed.update(db)
      return (feed.lastStatus ?? "", inserted)
    }
  }
}
