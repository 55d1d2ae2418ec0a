import GlossCore

/// A long article as its background load leaves it: loaded whole, annotated, and prepared for
/// the screen, ready to replace the preview.
public struct LoadedDocument: Sendable {
  public let loaded: LoadedArticle
  /// The automatic annotations, and a brat file's when one is beside the article.
  public let sets: ArticleAnnotationSets
  /// Which of `sets` the document shows.
  public let choice: AnnotationChoice
  public let document: ReaderDocument
  /// The body wrapped at the width the reader had when the load finished (wrapping a long
  /// article takes a while, so it is done off the reader's thread).
  public let body: BodyLayout
  /// Problems met on the way (invalid UTF-8, bad lines in the brat file), one line each.
  public let warnings: [String]
}
