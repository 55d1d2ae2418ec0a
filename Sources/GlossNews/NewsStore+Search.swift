import GRDB

/// A hit of a search over the stored articles.
public struct NewsSearchHit: Sendable, Equatable {
  public var itemId: Int64
  public var feed: String
  public var title: String
  public var published: String?
  /// The matching passage, the words found between `[` and `]`.
  public var passage: String
}

/// Full-text search over every stored article (titles and text) with SQLite's FTS5.
extension NewsStore {
  /// The items whose title or text hold every word of `query`, best first, at most `limit`.
  /// Words are matched as prefixes of words (`brid` finds "bridge"), case and accents ignored.
  public func search(_ query: String, limit: Int = 50) throws(NewsStoreError) -> [NewsSearchHit] {
    let words = query.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"*" }
    guard !words.isEmpty else { return [] }
    return try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT item.id, feed.name, feed.title, feed.url, item.title AS itemTitle, item.published,
                 snippet(itemText, 1, '[', ']', '…', 12) AS passage
          FROM itemText JOIN item ON item.id = itemText.rowid JOIN feed ON feed.id = item.feedId
          WHERE itemText MATCH ? ORDER BY rank LIMIT ?
          """, arguments: [words.joined(separator: " "), limit]
      ).map { row in
        let name: String? = row["name"] ?? row["title"]
        return NewsSearchHit(
          itemId: row["id"], feed: name ?? row["url"], title: row["itemTitle"], published: row["published"],
          passage: row["passage"])
      }
    }
  }
}
