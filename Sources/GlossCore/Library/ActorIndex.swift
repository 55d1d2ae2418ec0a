/// The people, organisations and countries of a library, each merged across the articles that
/// name it (``ActorIndexBuilder``), most widely named first: what the actors view lists, and
/// how an entity of one article leads to everything its actor said elsewhere.
public struct ActorIndex: Sendable {
  /// An entity of one library item.
  struct EntityKey: Hashable, Sendable {
    var item: Int
    var entity: String
  }

  /// The actors by the number of articles naming them, then of quotes, then by name.
  public let actors: [Actor]
  let actorOfEntity: [EntityKey: Int]

  /// The actor the entity `entity` (an id of the article's annotations) of library item `item`
  /// belongs to, if it is one.
  public func actor(item: Int, entity: String) -> Actor? {
    actorOfEntity[EntityKey(item: item, entity: entity)].map { actors[$0] }
  }
}
