/// Renders an annotated article in one output format of `gloss annotate`.
public protocol ArticleExporter: Sendable {
  /// Writes the whole document, ending in a newline, into `output` as it is made, marking where
  /// a piece may end (``OutputBuffer/endPiece()``): a long article's output is handed on in
  /// pieces and never held whole. The caller flushes `output` at the end.
  func write(_ document: AnnotatedArticle, to output: inout OutputBuffer)
}

extension ArticleExporter {
  /// The whole document, ending in a newline.
  public func export(_ document: AnnotatedArticle) -> String {
    var output = OutputBuffer()
    write(document, to: &output)
    return output.text
  }
}
