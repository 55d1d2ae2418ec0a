/// A stance the reader records: where an actor stands, optionally on a given topic.
///
/// Stored as a `classifying` TextualBody whose `value` reads as a sentence for other tools and
/// whose `stance` member holds the fields (see docs/notes.md).
public struct UserStance: Hashable, Sendable {
  /// The actor's name, as the article writes it ("China", "Xi Jinping").
  public var actor: String
  public var polarity: Polarity
  /// The topic, when the stance is on one.
  public var target: String?

  public init(actor: String, polarity: Polarity, target: String? = nil) {
    self.actor = actor
    self.polarity = polarity
    self.target = target
  }

  /// A readable summary: "China: oppose THAAD".
  public var summary: String {
    [actor + ":", polarity.rawValue, target].compactMap { $0 }.joined(separator: " ")
  }
}
