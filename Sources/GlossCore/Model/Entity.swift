/// The kind of thing an entity names.
public enum EntityType: String, CaseIterable, Sendable {
  case person
  case organization
  case place
  /// A weapon system, a law, an event, a product: named, but not an actor.
  case other
}

/// Something the article names: a person, organisation, place or other, with all its mentions.
public struct Entity: Hashable, Sendable, Identifiable {
  public var id: String
  /// The canonical name: the fullest form, without titles or possessives.
  public var name: String
  public var type: EntityType
  /// Other forms the article uses for it ("Xi" for "Xi Jinping", "Seoul" for South Korea).
  public var aliases: [String]
  /// Every mention, in text order.
  public var mentions: [Span]
  /// The entity this one stands with (a leader's country), if any; linked, not merged.
  public var side: String?

  public init(
    id: String, name: String, type: EntityType, aliases: [String] = [], mentions: [Span] = [],
    side: String? = nil
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.aliases = aliases
    self.mentions = mentions
    self.side = side
  }
}
