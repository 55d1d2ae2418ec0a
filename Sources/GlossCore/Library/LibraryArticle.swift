/// A library item's article, read and annotated: what opening it in the reader, exporting it,
/// and the actors index need.
public struct LibraryArticle: Sendable {
  public var loaded: LoadedArticle
  /// The automatic annotations (the annotation core's, or the cache's copy of them).
  public var annotations: Annotations
  public var facts: ArticleFacts
  /// True when the annotations came from the cache.
  public var fromCache: Bool
  /// The path of the file the article was read from, if any (a brat file may be beside it).
  public var path: String?
}
