/// The few facts about an annotated article that a library's list shows: kept in the annotation
/// cache beside the annotations, so that the list of a large library fills in without parsing or
/// annotating anything.
public struct ArticleFacts: Hashable, Sendable {
  /// The article's title (``Article/title``).
  public var headline: String
  /// Who published it, when known (``ArticleMetadata/source``).
  public var source: String?
  /// When, as the article writes it (``ArticleMetadata/date``).
  public var date: String?
  /// How many quotes the annotations hold.
  public var quoteCount: Int

  public init(headline: String, source: String? = nil, date: String? = nil, quoteCount: Int) {
    self.headline = headline
    self.source = source
    self.date = date
    self.quoteCount = quoteCount
  }

  /// The facts of `article` annotated with `annotations`.
  public init(article: Article, annotations: Annotations) {
    self.init(
      headline: article.title, source: article.metadata.source, date: article.metadata.date,
      quoteCount: annotations.quotes.count)
  }
}
