import Foundation
import GRDB
import GlossCore

/// Reading the stored items, and marking them read.
extension NewsStore {
  /// Every item, newest first, as library items with their feeds' names, and whether each is read.
  public func library() throws(NewsStoreError) -> (library: Library, read: [Bool]) {
    try read { db in
      let names = Dictionary(uniqueKeysWithValues: try NewsFeed.fetchAll(db).map { ($0.id ?? 0, $0.displayName) })
      let items = try NewsItem.order(Column("publishedTime").desc, Column("id").desc).fetchAll(db)
      let library = Library(items: items.map { $0.libraryItem(source: names[$0.feedId]) })
      return (library, items.map(\.isRead))
    }
  }

  /// The item stored as `id`.
  public func item(_ id: Int64) throws(NewsStoreError) -> NewsItem? {
    try read { db in try NewsItem.fetchOne(db, key: id) }
  }

  /// Marks item `id` read or unread.
  public func setRead(_ id: Int64, _ isRead: Bool) throws(NewsStoreError) {
    try write { db in
      try db.execute(sql: "UPDATE item SET isRead = ? WHERE id = ?", arguments: [isRead, id])
    }
  }

  /// The guids among `guids` already stored (under any feed).
  public func storedGuids(_ guids: [String]) throws(NewsStoreError) -> Set<String> {
    try read { db in
      Set(try String.fetchAll(db, NewsItem.select(Column("guid")).filter(guids.contains(Column("guid")))))
    }
  }
}
