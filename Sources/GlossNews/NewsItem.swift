import Foundation
import GRDB
import GlossCore

/// A stored item: its identity (guid, else link), what the feed said of it, and its article —
/// the full text extracted from its linked page, else the feed's own content — with the facts
/// the list shows.
public struct NewsItem: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "item"

  public var id: Int64?
  public var feedId: Int64
  /// The feed's `guid` or `id`, else the item's link: nothing is stored twice under it, across
  /// refreshes or feeds.
  public var guid: String
  public var url: String?
  public var title: String
  public var author: String?
  /// The date as the feed writes it.
  public var published: String?
  /// The date in seconds since 1970 (when first stored, for an item without a date): the
  /// library's newest-first order.
  public var publishedTime: Double
  /// The feed's own content or summary, as the page made of it (HTML).
  public var feedContent: String?
  /// The article's bytes, in `articleFormat`: the extracted page as Markdown, or the feed's page.
  public var article: Data
  public var articleFormat: String
  /// True when `article` is the linked page's full text, false when it is the feed's content.
  public var fullText: Bool
  public var headline: String
  /// Quotes found when it was annotated.
  public var quoteCount: Int?
  public var isRead = false
  public var isStarred = false

  /// The item as a library item (its article read from the stored bytes).
  public func libraryItem(source: String?) -> LibraryItem {
    var item = LibraryItem.news(
      id: id ?? 0, headline: headline, link: url, source: source, date: published, article: article,
      format: ArticleFormat(rawValue: articleFormat) ?? .html)
    item.quoteCount = quoteCount
    return item
  }
}
