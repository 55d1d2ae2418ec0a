/// What stances are found on: an entity of the article, or a thing it names by a common noun
/// (``PhraseTopic``).
enum StanceTopic: Sendable {
  case entity(Int)
  case phrase(PhraseTopic)

  /// The entity's index, nil for a phrase.
  var entity: Int? {
    if case .entity(let index) = self { index } else { nil }
  }

  /// True for a phrase naming a restriction (``TopicNouns/restrictions``: "the ban", "the
  /// curfew"), which lifting opposes and keeping supports.
  var isRestriction: Bool {
    if case .phrase(let phrase) = self { TopicNouns.restrictions.contains(phrase.entry) } else { false }
  }

  /// What the topic is called: the entity's name or the phrase's.
  func name(in entities: EntityTable) -> String {
    switch self {
    case .entity(let index): entities.entities[index].name
    case .phrase(let phrase): phrase.name
    }
  }
}
