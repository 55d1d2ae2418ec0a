/// Where an actor stands on a topic.
public enum Polarity: String, CaseIterable, Sendable {
  case support
  case oppose
  case neutral
  case mixed
}

/// A subject the article is about.
public struct Topic: Hashable, Sendable {
  public var name: String
  /// The entity naming the topic, if any.
  public var entity: String?

  public init(name: String, entity: String? = nil) {
    self.name = name
    self.entity = entity
  }
}

/// An actor's position on a topic, with the spans that justify it.
public struct Stance: Hashable, Sendable {
  /// The actor's entity id.
  public var actor: String
  public var name: String
  public var target: String
  public var polarity: Polarity
  public var evidence: [Span]

  public init(actor: String, name: String, target: String, polarity: Polarity, evidence: [Span]) {
    self.actor = actor
    self.name = name
    self.target = target
    self.polarity = polarity
    self.evidence = evidence
  }
}
