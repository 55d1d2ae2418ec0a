/// Runs every extractor over an article and returns what they found.
public struct Annotator: Sendable {
  /// The threads a pass over one section may take: nil for every core on a text of more than
  /// 100,000 scalars; one where articles are already annotated side by side, a worker a core (a
  /// library). An article of several sections has them annotated side by side either way.
  let workers: Int?

  /// An annotator whose passes take the threads `workers` says (by default every core for a
  /// long text; one where the caller annotates many articles side by side).
  public init(workers: Int? = nil) { self.workers = workers }

  /// Annotates `article`: entities, quotes with speakers, sources, topics and stances.
  public func annotate(_ article: Article) -> Annotations {
    run(over: article, stancesOn: nil)
  }

  /// The stances on `topic` (an entity of `annotations`, the annotations of `article`, or a
  /// thing it names by a common noun), whatever the article's leading topics are: the reader's
  /// choice of another topic. The article is annotated again with the stances found on the
  /// entity of that name and type (or the phrase of that name) in place of those on the leading
  /// topics, by the same pass as ``annotate(_:)``; the actors are given as `annotations` names
  /// them, where it does. Empty for an entity `annotations` does not hold.
  public func stances(of article: Article, annotations: Annotations, on topic: Topic) -> [Stance] {
    let key: AnnotationsJoiner.EntityKey
    if let id = topic.entity {
      guard let chosen = annotations.entity(id) else { return [] }
      key = AnnotationsJoiner.EntityKey(name: chosen.name, type: chosen.type)
    } else {
      key = AnnotationsJoiner.EntityKey(name: topic.name, type: nil)
    }
    let found = run(over: article, stancesOn: key)
    let given = Dictionary(annotations.entities.map { (AnnotationsJoiner.EntityKey(name: $0.name, type: $0.type), $0.id) }) { first, _ in first }
    return found.stances.map { stance in
      var stance = stance
      if let actor = found.entity(stance.actor), let id = given[AnnotationsJoiner.EntityKey(name: actor.name, type: actor.type)] {
        stance.actor = id
      }
      stance.target = key.name
      return stance
    }
  }

  /// One annotation run over the whole of `article`, in one piece; the sections of a long one
  /// side by side.
  private func run(over article: Article, stancesOn chosen: AnnotationsJoiner.EntityKey?) -> Annotations {
    let sections = article.sections(upTo: AnnotationRun.section)
    if sections.count > 1 { return SectionsSideBySide.annotate(sections, stancesOn: chosen) }
    var run = AnnotationRun(article: article, piece: Int.max, stancesOn: chosen, workers: workers)
    while run.advance() {}
    guard let result = run.result else { preconditionFailure("an annotation run ends with a result") }
    return result
  }

  /// The extractors that need the whole article and its entities (`table`): quotes from the
  /// quoted passages with their speakers, sources, topics and stances; and the topics' scores by
  /// name, for joining sections. In a section of a long article, `topicScoresBefore` gives the
  /// scores of the sections before: stances are found on the topic leading in all of them with
  /// this one, as a pass over the whole article finds them on the article's topic. It is asked
  /// last, once all but the stances is found, so that sections run side by side wait for the
  /// ones before only there. With `stancesOn`, stances are found on that entity alone (when this
  /// pass names it) instead. The quotes' surroundings, reported speech and each topic's stances are
  /// read on `workers` threads.
  static func finish(
    _ document: Document, entities table: EntityTable, passages marked: [QuotedPassage],
    topicScoresBefore: () -> [AnnotationsJoiner.EntityKey: Double], stancesOn chosen: AnnotationsJoiner.EntityKey? = nil,
    workers: Int = 1
  ) -> (annotations: Annotations, topicScores: [AnnotationsJoiner.EntityKey: Double]) {
    let article = document.article
    let (passages, attributions) = LayoutPassages(article: article, document: document, entities: table).adding(to: marked)
    let context = QuoteContext(document: document, passages: passages)
    // One resolver for every extractor: it works out the sex of each person once.
    let pronouns = PronounResolver(document: document, entities: table, passageOfToken: context.passageOfToken)
    var attributed = QuoteAttributor(
      document: document, entities: table, context: context, attributions: attributions, pronouns: pronouns
    ).attribute(workers: workers)
    attributed.quotes += IndirectQuoteFinder(
      document: document, entities: table, context: context,
      finder: SpeakerFinder(document: document, entities: table, pronouns: pronouns),
      usedCues: Set(attributed.quotes.compactMap { $0.speaker?.cue })
    ).find(workers: workers)
    attributed.quotes = RoleSpeakers(document: document, entities: table).resolve(attributed.quotes)
    attributed.quotes = GroupSpeakers(document: document, entities: table, passageOfToken: context.passageOfToken)
      .resolve(attributed.quotes)
    let (sources, sourceOfEntity) = SourceFinder(
      document: document, entities: table, quotes: attributed.quotes, titles: attributed.titles
    ).find()
    let quotes = QuoteNumbering(article: article, entities: table).number(attributed.quotes, sources: sourceOfEntity)
    // Every entity and every phrase may be a topic: one list, scored on one scale, the
    // entities and the phrases ranked apart (``TopicFinder/ranked(_:isPhrase:)``).
    let phrases = PhraseTopicFinder(document: document, entities: table).find()
    let candidates = table.entities.indices.map(StanceTopic.entity) + phrases.map(StanceTopic.phrase)
    let keys = table.entities.map { AnnotationsJoiner.EntityKey(name: $0.name, type: $0.type) }
      + phrases.map { AnnotationsJoiner.EntityKey(name: $0.name, type: nil) }
    var scores = TopicFinder(document: document, entities: table).scores(sources: Set(sourceOfEntity.keys)) + phrases.map(\.score)
    var topics = TopicFinder.ranked(scores) { $0 >= table.entities.count }
    if topics.isEmpty, let phrase = PhraseTopicFinder.mostDiscussed(phrases) {
      scores[table.entities.count + phrase] = TopicFinder.least
      topics = [table.entities.count + phrase]
    }
    var scoreOfKey: [AnnotationsJoiner.EntityKey: Double] = [:]
    for (index, score) in scores.enumerated() where score > 0 { scoreOfKey[keys[index], default: 0] += score }
    let stanceTopics =
      if let chosen {
        keys.firstIndex(of: chosen).map { [$0] } ?? []
      } else {
        stanceTopics(topics, scoreOfKey, topicScoresBefore(), keys)
      }
    // Each topic's stances on their own, side by side.
    let quoted = attributed.quotes
    let stances = OrderedWork.map(count: stanceTopics.count, workers: workers) {
      StanceFinder(
        document: document, entities: table, quotes: quoted, pronouns: pronouns, topic: candidates[stanceTopics[$0]]
      ).find()
    }.flatMap { $0 }
    let annotations = Annotations(
      entities: table.entities, quotes: quotes, sources: sources,
      topics: topics.map { Topic(name: keys[$0].name, entity: candidates[$0].entity.map { table.entities[$0].id }) },
      stances: stances)
    return (annotations, scoreOfKey)
  }

  /// The topics (indexes into `keys`, the keys of the entities and phrases) whose stances are
  /// found: the leading topics (``AnnotationsJoiner/withStances(_:)``), or, after other
  /// sections, the topics leading in them with this one (those this section names).
  private static func stanceTopics(
    _ ranked: [Int], _ scores: [AnnotationsJoiner.EntityKey: Double], _ before: [AnnotationsJoiner.EntityKey: Double],
    _ keys: [AnnotationsJoiner.EntityKey]
  ) -> [Int] {
    let leading =
      before.isEmpty ? ranked.map { keys[$0] } : AnnotationsJoiner.rankedTopics(before.merging(scores, uniquingKeysWith: +))
    return AnnotationsJoiner.withStances(leading).compactMap { keys.firstIndex(of: $0) }
  }
}
