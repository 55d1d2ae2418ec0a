/// Turns decoded text into a complete ``Article``: the format's parser, then the passes every
/// format shares (dateline metadata, trailing boilerplate).
public enum ArticleReader {
  /// The article in `text`, laid out as `format`.
  public static func read(_ text: String, format: ArticleFormat) -> Article {
    var article: Article
    switch format {
    case .text: article = TextArticleParser().parse(text)
    case .markdown: article = MarkdownArticleParser().parse(text)
    }
    DatelineDetector.fillMetadata(of: &article)
    BoilerplateDetector().flag(&article)
    return article
  }
}
