/// An article as read from a file or standard input, with the problems that did not stop reading.
public struct LoadedArticle: Sendable {
  public var article: Article
  /// One line per problem, each naming the input ("notes.txt: invalid UTF-8 replaced with U+FFFD").
  public var warnings: [String]

  public init(article: Article, warnings: [String] = []) {
    self.article = article
    self.warnings = warnings
  }
}
