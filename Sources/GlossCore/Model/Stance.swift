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

/// How sure the annotator is of a stance, from the kind of its evidence (see
/// docs/annotation.md, "Confidence of a stance").
public enum StanceConfidence: String, CaseIterable, Sendable {
  /// A stance word bears on the topic ("X endorsed Y", "anti-Y").
  case high
  /// The tone of two or more of the actor's own sentences on the topic agrees.
  case medium
  /// The tone of one sentence, or the actor quoted on the topic without taking a side.
  case low
}

/// An actor's position on a topic, with the spans that justify it.
public struct Stance: Hashable, Sendable {
  /// The actor's entity id.
  public var actor: String
  public var name: String
  public var target: String
  public var polarity: Polarity
  public var evidence: [Span]
  /// How sure the stance is; nil where no annotator judged it.
  public var confidence: StanceConfidence?
  /// True for a stance of low confidence: what readers mark with "?".
  public var isUnsure: Bool { confidence == .low }

  public init(
    actor: String, name: String, target: String, polarity: Polarity, evidence: [Span], confidence: StanceConfidence? = nil
  ) {
    self.actor = actor
    self.name = name
    self.target = target
    self.polarity = polarity
    self.evidence = evidence
    self.confidence = confidence
  }
}
