import GlossCore

/// Gives each actor (a quote's speaker, a stance's holder) one of the theme's eight actor
/// colours, in order of first appearance in the text, so a person keeps a colour all through.
public struct ActorPalette: Sendable {
  /// The slots, 1…8, by actor key.
  let slots: [String: Int]

  public static let slotCount = 8

  init(annotations: Annotations) {
    var first: [String: Int] = [:]
    func see(_ key: String, at offset: Int) { first[key] = min(first[key] ?? offset, offset) }
    for quote in annotations.quotes {
      guard let speaker = quote.speaker else { continue }
      let key = Self.key(for: speaker)
      see(key, at: min(speaker.span.start, quote.span.start))
      if let id = speaker.entity, let mention = annotations.entity(id)?.mentions.first {
        see(key, at: mention.start)
      }
    }
    for stance in annotations.stances {
      see(stance.actor, at: annotations.entity(stance.actor)?.mentions.first?.start ?? stance.evidence.first?.start ?? Int.max)
    }
    let ordered = first.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
    slots = Dictionary(
      uniqueKeysWithValues: ordered.enumerated().map { ($1.key, $0 % Self.slotCount + 1) })
  }

  /// The key an actor is known by: its entity id, or its name when it has no entity.
  static func key(for speaker: SpeakerRef) -> String { speaker.entity ?? "name:" + speaker.name }

  /// The theme scope for the actor with `key` (`actor.1` … `actor.8`), `quote` when unknown.
  func scope(for key: String) -> String { slots[key].map { "actor.\($0)" } ?? "quote" }

  /// The theme scope for a quote's speaker.
  func scope(for quote: Quote) -> String { quote.speaker.map { scope(for: Self.key(for: $0)) } ?? "quote" }
}
