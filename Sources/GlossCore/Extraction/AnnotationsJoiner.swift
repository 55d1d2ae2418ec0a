/// Joins the annotations of a long article's sections, annotated one after another each on its
/// own (``AnnotationRun``), into the article's: an entity named alike in several sections (the
/// same name and type) is one entity, a source likewise, a stance of one actor on one topic
/// likewise; a short form ("Heald") in a section that does not name its person in full joins the
/// one person of an earlier section it can stand for ("Colette Heald"); ids are given again in
/// text order, and every reference follows them.
struct AnnotationsJoiner {
  /// An entity's name and type: what makes entities of two sections one, and what a topic's
  /// scores are summed by. A topic named by a common noun (``PhraseTopic``) has its name alone,
  /// with no type.
  struct EntityKey: Hashable {
    let name: String
    let type: EntityType?
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
  /// People named in full in the sections before the one being added, by the first and the
  /// last word of their names.
  private var peopleByWord: [String: [Int]] = [:]
  /// People named in full in the section being added, joining `peopleByWord` after it.
  private var peopleOfSection: [Int] = []
  private var sources: [Source] = []
  private var sourceOfKey: [SourceKey: Int] = [:]
  private var quotes: [Quote] = []
  /// The topics' scores, summed over the sections so far.
  private(set) var topicScores: [EntityKey: Double] = [:]
  private var stances: [Stance] = []
  private var stanceOfKey: [StanceKey: Int] = [:]
  /// The polarities taken in each stance's evidence, `mixed` counted as both.
  private var polarities: [Set<Polarity>] = []

  /// Adds the annotations of the next section, whose topics scored `topicScores` by name.
  mutating func add(_ section: Annotations, topicScores sectionScores: [EntityKey: Double]) {
    var entityIndex: [String: Int] = [:]
    for entity in section.entities { entityIndex[entity.id] = add(entity) }
    let entityID = entityIndex.mapValues { entities[$0].id }
    // A side is an entity of the section too: it is known once they all are.
    for entity in section.entities {
      guard let side = entity.side.flatMap({ entityID[$0] }), let index = entityIndex[entity.id] else { continue }
      if entities[index].side == nil { entities[index].side = side }
    }
    var sourceID: [String: String] = [:]
    for source in section.sources {
      sourceID[source.id] = add(source, entity: source.entity.flatMap { entityID[$0] })
    }
    // People given mentions out of order, by speakers named by a lone word.
    var mentioned: Set<Int> = []
    var quoteID: [String: String] = [:]
    for quote in section.quotes { quoteID[quote.id] = "q\(quotes.count + quoteID.count + 1)" }
    for var quote in section.quotes {
      quote.id = quoteID[quote.id] ?? quote.id
      quote.parent = quote.parent.flatMap { quoteID[$0] }
      quote.via = quote.via.flatMap { sourceID[$0] }
      // A speaker that is an entity goes by the entity's name, which a short form joined to a
      // person changes. A speaker the section named by a lone word it did not take for a name
      // ("…,” Heald said.") is the one person an earlier section names so, if there is one.
      if let index = quote.speaker?.entity.flatMap({ entityIndex[$0] }) {
        quote.speaker?.entity = entities[index].id
        quote.speaker?.name = entities[index].name
      } else if let speaker = quote.speaker, let index = person(shortlyNamed: speaker.name) {
        quote.speaker?.entity = entities[index].id
        quote.speaker?.name = entities[index].name
        addMention(speaker.span, named: speaker.name, to: index)
        mentioned.insert(index)
      } else {
        quote.speaker?.entity = nil
      }
      quotes.append(quote)
    }
    for index in mentioned {
      entities[index].mentions = entities[index].mentions.sorted().reduce(into: []) { if $0.last != $1 { $0.append($1) } }
    }
    Self.add(sectionScores, to: &topicScores)
    for person in peopleOfSection {
      let words = entities[person].name.split(separator: " ").map(String.init)
      for word in Set([words[0], words[words.count - 1]]) { peopleByWord[word, default: []].append(person) }
    }
    peopleOfSection = []
    for stance in section.stances { add(stance, actor: entityID[stance.actor] ?? stance.actor) }
  }

  /// The joined annotations: the topics ranked by their scores over all sections, as one pass
  /// ranks them, and the stances on the leading ones (``withStances(_:)``).
  var result: Annotations {
    let ranked = Self.rankedTopics(topicScores)
    let topics = ranked.map { Topic(name: $0.name, entity: entityOfKey[$0].map { entities[$0].id }) }
    return Annotations(
      entities: entities, quotes: quotes, sources: sources, topics: topics,
      stances: stances.filter { stance in Self.withStances(ranked).contains { $0.name == stance.target } })
  }

  /// Those of the `ranked` topics (strongest first) that stances are found on: the leading
  /// entities (``TopicFinder/withStances``) and the leading thing named by a common noun
  /// (``PhraseTopic``), so that a bill or a plan never hides the people an article is about.
  static func withStances(_ ranked: [EntityKey]) -> [EntityKey] {
    let entities = ranked.filter { $0.type != nil }.prefix(TopicFinder.withStances)
    let phrase = ranked.first { $0.type == nil }
    return ranked.filter { entities.contains($0) || $0 == phrase }
  }

  /// Adds a section's topic scores to the sum of the sections before it: the one way they are
  /// summed, so that every sum of the same sections is the same to the last bit.
  static func add(_ scores: [EntityKey: Double], to sum: inout [EntityKey: Double]) {
    sum.merge(scores, uniquingKeysWith: +)
  }

  /// The topics among `scores`, strongest first (``TopicFinder/ranked(_:)``; a tie goes by
  /// name).
  static func rankedTopics(_ scores: [EntityKey: Double]) -> [EntityKey] {
    let keys = scores.keys.sorted { (scores[$0]!, $1.name) > (scores[$1]!, $0.name) }
    return TopicFinder.ranked(keys.map { scores[$0]! }) { keys[$0].type == nil }.map { keys[$0] }
  }

  /// Adds a section's entity and says where it is among the joined ones.
  private mutating func add(_ entity: Entity) -> Int {
    let key = EntityKey(name: entity.name, type: entity.type)
    if entityOfKey[key] == nil, entity.type == .person || entity.type == .other, let person = person(shortlyNamed: entity.name) {
      entityOfKey[key] = person
    }
    guard let index = entityOfKey[key] else {
      entityOfKey[key] = entities.count
      var joined = entity
      joined.id = "e\(entities.count + 1)"
      joined.side = nil
      entities.append(joined)
      if entity.type == .person, entity.name.containsASCII(" ") { peopleOfSection.append(entities.count - 1) }
      return entities.count - 1
    }
    for alias in [entity.name] + entity.aliases { addAlias(alias, to: index) }
    entities[index].mentions += entity.mentions
    return index
  }

  /// The one person named in full so far whose first or last name `name` is, when it is a
  /// single word.
  private func person(shortlyNamed name: String) -> Int? {
    guard !name.containsASCII(" "), let people = peopleByWord[name], people.count == 1 else { return nil }
    return people[0]
  }

  /// Adds `span`, where the entity at `index` is named `name`, to its mentions (sorted, and
  /// kept once, at the end of the section).
  private mutating func addMention(_ span: Span, named name: String, to index: Int) {
    entities[index].mentions.append(span)
    addAlias(name, to: index)
  }

  /// Adds `alias` to the aliases of the entity at `index`, unless it is its name or one already.
  private mutating func addAlias(_ alias: String, to index: Int) {
    if alias != entities[index].name, !entities[index].aliases.contains(alias) { entities[index].aliases.append(alias) }
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
      joined.name = entities.first { $0.id == actor }?.name ?? stance.name
      stances.append(joined)
      polarities.append(taken)
      return
    }
    stances[index].evidence += stance.evidence
    polarities[index].formUnion(taken)
    stances[index].polarity = polarities[index].count > 1 ? .mixed : polarities[index].first ?? .neutral
  }
}
