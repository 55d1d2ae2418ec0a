/// Runs every extractor over an article and returns what they found.
public struct Annotator: Sendable {
  public init() {}

  /// Annotates `article`: entities, quotes with speakers, sources, topics and stances.
  public func annotate(_ article: Article) -> Annotations {
    let document = Document(article: article)
    let candidates = EntityRecognizer(document: document).candidates()
    var grouper = EntityGrouper(document: document)
    let table = grouper.group(candidates)
    let paragraphs = document.blocks.filter { !$0.isHeadline && !$0.isBoilerplate }.map(\.span)
    let marked = QuotationScanner(scalars: article.scalars).passages(in: paragraphs)
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
