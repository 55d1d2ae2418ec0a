import GlossCore

/// The `T` overlay's list: the topics the stances pane can show stances on, one selected. The
/// article's topics come first (entities and things named by a common noun, "the bill"), then
/// its other entities by mentions (most first), leaving out those named only as the speakers of
/// quotes (a speaker takes stances, it is not one).
public struct TopicChooser: Hashable, Sendable {
  /// One topic to choose, and what the list shows: its mentions, for an entity.
  public struct Candidate: Hashable, Sendable {
    public let topic: Topic
    public let mentions: Int?
    public var name: String { topic.name }
  }

  public let candidates: [Candidate]
  /// How many of the candidates are the article's topics (the first ones).
  public let topicCount: Int
  /// An index into `candidates`.
  public var selected = 0

  /// The candidates of `annotations`, the one named `current` selected when it is among them.
  public init(annotations: Annotations, current: String? = nil) {
    let speakerSpans = Set(annotations.quotes.compactMap { $0.speaker?.span })
    let topics: [Candidate] = annotations.topics.compactMap { topic in
      guard let id = topic.entity else { return Candidate(topic: topic, mentions: nil) }
      return annotations.entity(id).map { Candidate(topic: Topic(name: $0.name, entity: $0.id), mentions: $0.mentions.count) }
    }
    let others = annotations.entities.enumerated()
      .filter { entity in
        !topics.contains { $0.topic.entity == entity.element.id } && !entity.element.mentions.allSatisfy(speakerSpans.contains)
      }
      .sorted { ($0.element.mentions.count, -$0.offset) > ($1.element.mentions.count, -$1.offset) }
      .map { Candidate(topic: Topic(name: $0.element.name, entity: $0.element.id), mentions: $0.element.mentions.count) }
    topicCount = topics.count
    candidates = topics + others
    selected = candidates.firstIndex { $0.name == current } ?? 0
  }

  /// The line the overlay shows for each candidate: "Keystone XL  (topic, 4)", "the bill
  /// (topic)", "Lee  (3)".
  public func line(_ index: Int) -> String {
    let candidate = candidates[index]
    let parts = (index < topicCount ? ["topic"] : []) + (candidate.mentions.map { ["\($0)"] } ?? [])
    return "\(candidate.name)  (\(parts.joined(separator: ", ")))"
  }
}

/// Stances the reader waits for on a topic chosen with `T`, found in the background
/// (``ReaderChores``).
public struct StanceRequest: Hashable, Sendable {
  /// The topic: an entity of the document's annotations, or a thing named by a common noun.
  public let topic: Topic
  public var name: String { topic.name }
}
