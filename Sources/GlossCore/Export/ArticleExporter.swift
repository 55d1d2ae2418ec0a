/// Renders an annotated article in one output format of `gloss annotate`.
public protocol ArticleExporter: Sendable {
  /// The whole document, ending in a newline.
  func export(_ document: AnnotatedArticle) -> String
}
