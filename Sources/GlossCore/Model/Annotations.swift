/// Everything the core found in one article. It codes itself for the annotation cache (spans as
/// `SpanCoding.swift` says; an absent optional is left out).
public struct Annotations: Equatable, Sendable {
  public var entities: [Entity]
  public var quotes: [Quote]
  public var sources: [Source]
  public var topics: [Topic]
  public var stances: [Stance]

  public init(
    entities: [Entity] = [], quotes: [Quote] = [], sources: [Source] = [], topics: [Topic] = [],
    stances: [Stance] = []
  ) {
    self.entities = entities
    self.quotes = quotes
    self.sources = sources
    self.topics = topics
    self.stances = stances
  }

  /// The entity with `id`, if any.
  public func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }

  /// The source with `id`, if any.
  public func source(_ id: String) -> Source? { sources.first { $0.id == id } }

  /// What `stance` is on, as readers show it after "on": its target, or "own cause" when its
  /// actor is the topic itself, the same entity (a person standing behind their own cause).
  public func targetLabel(of stance: Stance) -> String {
    topics.contains { $0.entity == stance.actor && $0.name == stance.target } ? "own cause" : stance.target
  }
}

/// An article together with what the core found in it: what the reader and exporters consume.
public struct AnnotatedArticle: Sendable {
  public var article: Article
  public var annotations: Annotations
  /// Problems met while reading that did not stop it (invalid UTF-8 replaced, …).
  public var warnings: [String]

  public init(article: Article, annotations: Annotations, warnings: [String] = []) {
    self.article = article
    self.annotations = annotations
    self.warnings = warnings
  }
}
