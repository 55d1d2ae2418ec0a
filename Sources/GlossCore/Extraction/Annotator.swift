/// Runs every extractor over an article and returns what they found.
public struct Annotator: Sendable {
  public init() {}

  /// Annotates `article`: entities, quotes with speakers, sources, topics and stances.
  public func annotate(_ article: Article) -> Annotations {
    var run = AnnotationRun(article: article, piece: Int.max)
    while run.advance() {}
    guard let result = run.result else { preconditionFailure("an annotation run ends with a result") }
    return result
  }

  /// The extractors that need the whole article and its entities (`table`): quotes from the
  /// quoted passages with their speakers, sources, topics and stances; and the topics' scores by
  /// name, for joining sections. In a section of a long article, `topicScoresBefore` are the
  /// scores of the sections before: stances are found on the topic leading in all of them with
  /// this one, as a pass over the whole article finds them on the article's topic.
  static func finish(
    _ document: Document, entities table: EntityTable, passages marked: [QuotedPassage],
    topicScoresBefore: [AnnotationsJoiner.EntityKey: Double]
  ) -> (annotations: Annotations, topicScores: [AnnotationsJoiner.EntityKey: Double]) {
    let article = document.article
    let (passages, attributions) = BlockquotePassages(article: article, document: document).adding(to: marked)
    let context = QuoteContext(document: document, passages: passages)
    var attributed = QuoteAttributor(
      document: document, entities: table, context: context, attributions: attributions
    ).attribute()
    attributed.quotes += IndirectQuoteFinder(
      document: document, entities: table, context: context,
      finder: SpeakerFinder(
        document: document, entities: table,
        pronouns: PronounResolver(document: document, entities: table, passageOfToken: context.passageOfToken)),
      usedCues: Set(attributed.quotes.compactMap { $0.speaker?.cue })
    ).find()
    let (sources, sourceOfEntity) = SourceFinder(
      document: document, entities: table, quotes: attributed.quotes, titles: attributed.titles
    ).find()
    let quotes = QuoteNumbering(article: article, entities: table).number(attributed.quotes, sources: sourceOfEntity)
    let finder = TopicFinder(document: document, entities: table)
    let scores = finder.scores(excluding: Set(sourceOfEntity.keys))
    let topics = TopicFinder.ranked(scores)
    var scoreOfKey: [AnnotationsJoiner.EntityKey: Double] = [:]
    for (index, score) in scores.enumerated() where score > 0 {
      scoreOfKey[AnnotationsJoiner.EntityKey(name: table.entities[index].name, type: table.entities[index].type), default: 0] += score
    }
    let stances = stanceTopics(topics, scoreOfKey, topicScoresBefore, table).flatMap {
      StanceFinder(
        document: document, entities: table, quotes: attributed.quotes, passageOfToken: context.passageOfToken,
        topic: $0
      ).find()
    }
    let annotations = Annotations(
      entities: table.entities, quotes: quotes, sources: sources,
      topics: topics.map { Topic(name: table.entities[$0].name, entity: table.entities[$0].id) }, stances: stances)
    return (annotations, scoreOfKey)
  }

  /// The entities whose stances are found: the leading topics (``TopicFinder/withStances``), or,
  /// after other sections, the topics leading in them with this one (those this section names).
  private static func stanceTopics(
    _ ranked: [Int], _ scores: [AnnotationsJoiner.EntityKey: Double], _ before: [AnnotationsJoiner.EntityKey: Double],
    _ table: EntityTable
  ) -> [Int] {
    guard !before.isEmpty else { return Array(ranked.prefix(TopicFinder.withStances)) }
    let all = before.merging(scores, uniquingKeysWith: +)
    return AnnotationsJoiner.rankedTopics(all).prefix(TopicFinder.withStances).compactMap { leading in
      table.entities.firstIndex { $0.name == leading.name && $0.type == leading.type }
    }
  }
}
