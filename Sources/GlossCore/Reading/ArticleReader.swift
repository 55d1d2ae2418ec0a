import Foundation

/// Turns decoded text into a complete ``Article``: the format's parser, then the passes every
/// format shares (dateline metadata, trailing boilerplate).
public enum ArticleReader {
  /// The article in `text`, laid out as `format`. HTML text with no article in it gives an empty
  /// article (``ArticleLoader`` refuses such a page instead). `isOpening` when `text` is only the
  /// opening of a file (``TextArticleParser/isOpening``).
  public static func read(_ text: String, format: ArticleFormat, isOpening: Bool = false) -> Article {
    switch format {
    case .text: return finished(TextArticleParser(isOpening: isOpening).parse(text))
    case .markdown: return finished(MarkdownArticleParser().parse(text))
    case .html:
      let page = HTMLArticleParser().parse(Data(text.utf8), encoding: "UTF-8")
      return finished(page?.article ?? Article(text: ""))
    }
  }

  /// `article` after the passes every format shares.
  static func finished(_ article: Article) -> Article {
    var article = article
    DatelineDetector.fillMetadata(of: &article)
    BoilerplateDetector().flag(&article)
    return article
  }
}
