import GlossCore

/// The `T` overlay's list: the topics the stances pane can show stances on, one selected. The
/// article's topics come first, then its other entities by mentions (most first), leaving out
/// those named only as the speakers of quotes (a speaker takes stances, it is not one).
public struct TopicChooser: Hashable, Sendable {
  /// One topic to choose: an entity of the annotations, and what the list shows.
  public struct Candidate: Hashable, Sendable {
    public let entity: String
    public let name: String
    public let mentions: Int
  }

  public let candidates: [Candidate]
  /// How many of the candidates are the article's topics (the first ones).
  public let topicCount: Int
  /// An index into `candidates`.
  public var selected = 0

  /// The candidates of `annotations`, the one named `current` selected when it is among them.
  public init(annotations: Annotations, current: String? = nil) {
    let speakerSpans = Set(annotations.quotes.compactMap { $0.speaker?.span })
    let topics = annotations.topics.compactMap(\.entity)
    let others = annotations.entities.enumerated()
      .filter { !topics.contains($0.element.id) && !$0.element.mentions.allSatisfy(speakerSpans.contains) }
      .sorted { ($0.element.mentions.count, -$0.offset) > ($1.element.mentions.count, -$1.offset) }
      .map(\.element)
    topicCount = topics.count { annotations.entity($0) != nil }
    candidates = (topics.compactMap(annotations.entity) + others).map {
      Candidate(entity: $0.id, name: $0.name, mentions: $0.mentions.count)
    }
    selected = candidates.firstIndex { $0.name == current } ?? 0
  }

  /// The line the overlay shows for each candidate: "Keystone XL  (topic, 4)".
  public func line(_ index: Int) -> String {
    let candidate = candidates[index]
    let what = index < topicCount ? "topic, \(candidate.mentions)" : "\(candidate.mentions)"
    return "\(candidate.name)  (\(what))"
  }
}

/// Stances the reader waits for on an entity chosen with `T`, found in the background
/// (``ReaderChores``).
public struct StanceRequest: Hashable, Sendable {
  /// The entity's id in the document's annotations, and its name.
  public let entity: String
  public let name: String
}
