/// Renders an annotated article in one output format of `gloss annotate`.
public protocol ArticleExporter: Sendable {
  /// The whole document, ending in a newline.
  func export(_ document: AnnotatedArticle) -> String

  /// The same document handed to `output` in pieces as it is made, for output that is written
  /// as it goes (by default, the whole document at once).
  func write(_ document: AnnotatedArticle, to output: (String) -> Void)
}

extension ArticleExporter {
  public func write(_ document: AnnotatedArticle, to output: (String) -> Void) {
    output(export(document))
  }
}
