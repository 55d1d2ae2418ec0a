/// Joins the annotations of a long article's sections, annotated one after another each on its
/// own (``AnnotationRun``), into the article's: an entity named alike in several sections (the
/// same name and type) is one entity, a source likewise, a stance of one actor on one topic
/// likewise; ids are given again in text order, and every reference follows them.
struct AnnotationsJoiner {
  private struct EntityKey: Hashable {
    let name: String
    let type: EntityType
  }

  private struct SourceKey: Hashable {
    let name: String
    let type: SourceType
  }

  private struct StanceKey: Hashable {
    let actor: String
    let target: String
  }

  private var entities: [Entity] = []
  private var entityOfKey: [EntityKey: Int] = [:]
  private var sources: [Source] = []
  private var sourceOfKey: [SourceKey: Int] = [:]
  private var quotes: [Quote] = []
  /// Each topic's weight (3, 2, 1 for a section's first, second and third), and its entity.
  private var topics: [String: (weight: Int, entity: String?)] = [:]
  private var stances: [Stance] = []
  private var stanceOfKey: [StanceKey: Int] = [:]
  /// The polarities taken in each stance's evidence, `mixed` counted as both.
  private var polarities: [Set<Polarity>] = []

  /// Adds the annotations of the next section.
  mutating func add(_ section: Annotations) {
    var entityID: [String: String] = [:]
    for entity in section.entities { entityID[entity.id] = add(entity) }
    var sourceID: [String: String] = [:]
    for source in section.sources {
      sourceID[source.id] = add(source, entity: source.entity.flatMap { entityID[$0] })
    }
    var quoteID: [String: String] = [:]
    for quote in section.quotes { quoteID[quote.id] = "q\(quotes.count + quoteID.count + 1)" }
    for var quote in section.quotes {
      quote.id = quoteID[quote.id] ?? quote.id
      quote.parent = quote.parent.flatMap { quoteID[$0] }
      quote.via = quote.via.flatMap { sourceID[$0] }
      let speaker = quote.speaker?.entity.flatMap { entityID[$0] }
      quote.speaker?.entity = speaker
      quotes.append(quote)
    }
    for (rank, topic) in section.topics.prefix(3).enumerated() {
      let weight = (topics[topic.name]?.weight ?? 0) + 3 - rank
      topics[topic.name] = (weight, topics[topic.name]?.entity ?? topic.entity.flatMap { entityID[$0] })
    }
    for stance in section.stances { add(stance, actor: entityID[stance.actor] ?? stance.actor) }
  }

  /// The joined annotations: the topics by weight (the first section's order on a tie), at most
  /// three, as one section gives.
  var result: Annotations {
    let ranked = topics.sorted { ($0.value.weight, $1.key) > ($1.value.weight, $0.key) }.prefix(3)
    return Annotations(
      entities: entities, quotes: quotes, sources: sources,
      topics: ranked.map { Topic(name: $0.key, entity: $0.value.entity) }, stances: stances)
  }

  private mutating func add(_ entity: Entity) -> String {
    let key = EntityKey(name: entity.name, type: entity.type)
    guard let index = entityOfKey[key] else {
      entityOfKey[key] = entities.count
      var joined = entity
      joined.id = "e\(entities.count + 1)"
      entities.append(joined)
      return joined.id
    }
    for alias in entity.aliases where !entities[index].aliases.contains(alias) {
      entities[index].aliases.append(alias)
    }
    entities[index].mentions += entity.mentions
    entities[index].side = entities[index].side ?? entity.side
    return entities[index].id
  }

  private mutating func add(_ source: Source, entity: String?) -> String {
    let key = SourceKey(name: source.name, type: source.type)
    guard let index = sourceOfKey[key] else {
      sourceOfKey[key] = sources.count
      var joined = source
      joined.id = "s\(sources.count + 1)"
      joined.entity = entity
      sources.append(joined)
      return joined.id
    }
    sources[index].citations += source.citations
    sources[index].entity = sources[index].entity ?? entity
    return sources[index].id
  }

  private mutating func add(_ stance: Stance, actor: String) {
    let taken: Set<Polarity> =
      switch stance.polarity {
      case .mixed: [.support, .oppose]
      case .neutral: []
      case let polarity: [polarity]
      }
    let key = StanceKey(actor: actor, target: stance.target)
    guard let index = stanceOfKey[key] else {
      stanceOfKey[key] = stances.count
      var joined = stance
      joined.actor = actor
      stances.append(joined)
      polarities.append(taken)
      return
    }
    stances[index].evidence += stance.evidence
    polarities[index].formUnion(taken)
    stances[index].polarity = polarities[index].count > 1 ? .mixed : polarities[index].first ?? .neutral
  }
}
