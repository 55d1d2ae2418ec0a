/// An article as read from a file or standard input, with the problems that did not stop reading.
public struct LoadedArticle: Sendable {
  public var article: Article
  /// One line per problem, each naming the input ("notes.txt: invalid UTF-8 replaced with U+FFFD").
  public var warnings: [String]
  /// The links in the article's text (HTML pages only).
  public var links: [ArticleLink]

  public init(article: Article, warnings: [String] = [], links: [ArticleLink] = []) {
    self.article = article
    self.warnings = warnings
    self.links = links
  }
}
