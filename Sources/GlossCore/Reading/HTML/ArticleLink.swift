/// A link of an HTML article: where its text is in the article's text, and the absolute URL it
/// points to (`http`, `https` or `mailto` only).
public struct ArticleLink: Hashable, Sendable {
  public var url: String
  public var span: Span

  public init(url: String, span: Span) {
    self.url = url
    self.span = span
  }
}
