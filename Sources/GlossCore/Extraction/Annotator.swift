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
    let passages = QuotationScanner(scalars: article.scalars).passages(in: paragraphs)
    let context = QuoteContext(document: document, passages: passages)
    let attributed = QuoteAttributor(document: document, entities: table, context: context).attribute()
    let quotes = QuoteNumbering(article: article, entities: table).number(attributed.quotes, sources: [:])
    return Annotations(entities: table.entities, quotes: quotes)
  }
}
