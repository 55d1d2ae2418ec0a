import GlossCore

/// An annotated article prepared for the reader: quotes in text order, actor colours, marks
/// bucketed by paragraph, and list pane rows.
/// Built once when the article is opened; everything per frame reads from it.
public struct ReaderDocument: Sendable {
  public let article: Article
  public let annotations: Annotations
  /// The quotes in the order they appear in the text: what `]`, `[` and "3/12" count.
  public let quotes: [Quote]
  /// The paragraphs shown in the body: all but one that only repeats the headline.
  public let bodyParagraphs: [Int]
  let actors: ActorPalette
  let marks: ParagraphMarks
  let listRows: [PaneID: ListRows]
  private let itemCounts: [PaneID: Int]
  /// The row of each target in the entities, sources and stances panes (in the quotes pane,
  /// quote `n` is row `n`).
  private let rowOfTarget: [PaneID: [ListTarget: Int]]

  public init(article: Article, annotations: Annotations) {
    self.article = article
    self.annotations = annotations
    // Quotes come in text order from the annotator; sorting would copy a hundred thousand.
    let inOrder = zip(annotations.quotes, annotations.quotes.dropFirst()).allSatisfy { !($1.span < $0.span) }
    quotes = inOrder ? annotations.quotes : annotations.quotes.sorted { $0.span < $1.span }
    bodyParagraphs = article.paragraphs.indices.filter { index in
      guard let headline = article.headline else { return true }
      return !headline.contains(article.paragraphs[index].span)
    }
    actors = ActorPalette(annotations: annotations)
    marks = ParagraphMarks(article: article, quotes: quotes, annotations: annotations)
    let madeRows: [PaneID: [ListRow]] = [
      .entities: PaneRows.entities(annotations.entities),
      .sources: PaneRows.sources(annotations.sources),
      .stances: PaneRows.stances(annotations.stances, of: annotations, actors: actors),
    ]
    rowOfTarget = madeRows.mapValues { rows in
      var rowOf: [ListTarget: Int] = [:]
      for (index, row) in rows.enumerated() where row.target != nil { rowOf[row.target!] = rowOf[row.target!] ?? index }
      return rowOf
    }
    listRows = madeRows.mapValues { ListRows($0) }.merging([.quotes: ListRows(quotes: quotes, actors: actors)]) { $1 }
    itemCounts = listRows.mapValues(\.itemCount)
  }

  /// The rows of a list pane (empty for the body).
  public func rows(_ pane: PaneID) -> ListRows { listRows[pane] ?? ListRows() }

  /// The items (rows with a target, headings not counted) in a list pane's rows.
  public func itemCount(_ pane: PaneID) -> Int { itemCounts[pane] ?? 0 }

  /// The row index in `pane` whose target is `target`.
  func rowIndex(of target: ListTarget, in pane: PaneID) -> Int? {
    guard pane == .quotes else { return rowOfTarget[pane]?[target] }
    if case .quote(let number) = target, quotes.indices.contains(number) { return number }
    return nil
  }

  /// The speaker's name for quote `index` ("unattributed" for none), with "(guessed)" after a
  /// speaker carried over from an earlier quote (``AttributionConfidence/low``).
  public func speakerName(ofQuote index: Int) -> String {
    guard let speaker = quotes[index].speaker else { return "unattributed" }
    return speaker.isGuessed ? speaker.name + " (guessed)" : speaker.name
  }
}
