/// Parses a plain-text article: the first non-empty line is the headline, then paragraphs are
/// separated by blank lines (the lines of one paragraph belong together).
public struct TextArticleParser: Sendable {
  public init() {}

  /// The article in `text`, without metadata or boilerplate flags (``ArticleReader`` adds those).
  public func parse(_ text: String) -> Article {
    var article = Article(text: text)
    let scalars = article.scalars
    var paragraph: Span?
    for line in scalars.lines() {
      let content = scalars.trimmed(line)
      if content.isEmpty {
        if let span = paragraph { article.paragraphs.append(Paragraph(span: span, in: scalars)) }
        paragraph = nil
      } else if article.headline == nil {
        article.headline = content
      } else {
        paragraph = Span(paragraph?.start ?? content.start, content.end)
      }
    }
    if let span = paragraph { article.paragraphs.append(Paragraph(span: span, in: scalars)) }
    return article
  }
}
