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
  /// quoted passages with their speakers, sources, topics and stances.
  static func finish(_ document: Document, entities table: EntityTable, passages marked: [QuotedPassage])
    -> Annotations
  {
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
    let topics = TopicFinder(document: document, entities: table).find(excluding: Set(sourceOfEntity.keys))
    let stances = topics.first.map {
      StanceFinder(
        document: document, entities: table, quotes: attributed.quotes, passageOfToken: context.passageOfToken,
        topic: $0.entity
      ).find()
    }
    return Annotations(
      entities: table.entities, quotes: quotes, sources: sources, topics: topics.map(\.topic),
      stances: stances ?? [])
  }
}
