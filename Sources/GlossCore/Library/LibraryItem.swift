import Foundation

/// One article of a library, as its list shows it: where it comes from, and the facts known so
/// far. A file's headline is its file name until the article is read; a feed item's title, feed
/// and date are known from the feed. The quote count is nil until the article is annotated (or
/// found in the cache); an item that cannot be read has its one-line error instead.
public struct LibraryItem: Sendable {
  public var origin: LibraryOrigin
  /// The feed item's link, if any.
  public var link: String?
  public var headline: String
  public var source: String?
  public var date: String?
  /// Quotes found; nil until annotated.
  public var quoteCount: Int?
  /// Why the article cannot be read; nil while it can (or has not been tried).
  public var error: String?
  /// What the article is read from.
  let content: ArticleContent

  init(
    origin: LibraryOrigin, content: ArticleContent, headline: String, link: String? = nil,
    source: String? = nil, date: String? = nil
  ) {
    self.origin = origin
    self.content = content
    self.headline = headline
    self.link = link
    self.source = source
    self.date = date
    if case .unavailable(let error) = content { self.error = error.message }
  }

  /// The item of the news store's item `id`, whose article is `article` in `format`.
  public static func news(
    id: Int64, headline: String, link: String?, source: String?, date: String?, article: Data, format: ArticleFormat
  ) -> LibraryItem {
    LibraryItem(
      origin: .news(id: id), content: .bytes(article, format: format), headline: headline, link: link,
      source: source, date: date)
  }

  /// The path its notes are kept by (``NotesLocation``): `path`, the file its article was read
  /// from, else its web link, else `-` (by its text alone).
  public func notesPath(articlePath path: String?) -> String {
    path ?? link.flatMap { WebAddress.looksLikeURL($0) ? $0 : nil } ?? "-"
  }

  /// True once the item's facts come from its annotated article.
  public var isAnnotated: Bool { quoteCount != nil }

  /// Takes the facts of the item's annotated article; a fact the article lacks keeps what the
  /// feed said.
  public mutating func record(_ facts: ArticleFacts) {
    if !facts.headline.isEmpty { headline = facts.headline }
    source = facts.source ?? source
    date = facts.date ?? date
    quoteCount = facts.quoteCount
    error = nil
  }

  /// Records that the item could not be read.
  public mutating func record(_ failure: LibraryReadError) {
    error = failure.message
  }
}
