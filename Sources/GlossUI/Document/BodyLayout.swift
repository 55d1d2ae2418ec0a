import GlossCore

/// One screen line of the body pane.
public struct BodyRow: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// Wrapped text of a paragraph (its index in `Article.paragraphs`).
    case text(paragraph: Int)
    /// The gap between paragraphs.
    case blank
    /// The folded publisher text at the end: how many paragraphs it hides, or 0 once unfolded
    /// (the line then offers to fold it again).
    case fold(paragraphs: Int)
  }

  // A long article has millions of rows: the numbers are kept in 32 bits, 16 bytes a row.
  private let start: Int32
  private let end: Int32
  /// The paragraph of a text row, the paragraphs of a fold row.
  private let count: Int32
  private let tag: UInt8
  private let columns: UInt8

  public init(kind: Kind, span: Span, indent: Int) {
    start = Int32(span.start)
    end = Int32(span.end)
    columns = UInt8(clamping: indent)
    switch kind {
    case .text(let paragraph): (tag, count) = (0, Int32(paragraph))
    case .blank: (tag, count) = (1, 0)
    case .fold(let paragraphs): (tag, count) = (2, Int32(paragraphs))
    }
  }

  public var kind: Kind {
    switch tag {
    case 0: .text(paragraph: Int(count))
    case 1: .blank
    default: .fold(paragraphs: Int(count))
    }
  }

  /// The scalars shown; for blank and fold lines an empty span where they sit in the text.
  public var span: Span { Span(Int(start), Int(end)) }
  /// Columns before the text (block quotes are indented).
  public var indent: Int { Int(columns) }
}

/// The body wrapped at one width: every line of the article in order, with an index from text
/// offsets to lines. Computed once per width (folding the publisher text changes only the rows
/// after the body's); drawing reads only visible rows.
public struct BodyLayout: Sendable {
  public let width: Int
  public private(set) var isExpanded: Bool
  public private(set) var rows: [BodyRow]
  /// The row of the fold line, if the article has publisher text.
  public private(set) var foldRow: Int?

  /// Columns a block quote is indented by ("│ ").
  static let quoteIndent = 2

  public init(document: ReaderDocument, width: Int, expanded: Bool) {
    let article = document.article
    var rows: [BodyRow] = []
    for index in document.bodyParagraphs where !article.paragraphs[index].isBoilerplate {
      Self.add(index, of: article, width: width, to: &rows)
    }
    self.width = width
    isExpanded = expanded
    foldRow = Self.addFold(of: document, width: width, expanded: expanded, to: &rows)
    self.rows = rows
  }

  /// Folds or unfolds the publisher text in place: the body's rows stay and only the publisher
  /// text is wrapped or dropped, so that folding costs the same on a long article.
  public mutating func fold(expanded: Bool, document: ReaderDocument) {
    guard let foldRow, expanded != isExpanded else { return }
    // The blank line before the fold line goes too, and comes back with it.
    rows.removeSubrange((foldRow > 0 ? foldRow - 1 : 0)...)
    isExpanded = expanded
    self.foldRow = Self.addFold(of: document, width: width, expanded: expanded, to: &rows)
  }

  /// Appends the fold line over the publisher text, and the text itself when `expanded`;
  /// returns the fold line's row, nil when there is no publisher text.
  private static func addFold(of document: ReaderDocument, width: Int, expanded: Bool, to rows: inout [BodyRow])
    -> Int?
  {
    let article = document.article
    let boilerplate = document.bodyParagraphs.filter { article.paragraphs[$0].isBoilerplate }
    guard let first = boilerplate.first else { return nil }
    let start = article.paragraphs[first].span.start
    if !rows.isEmpty { rows.append(BodyRow(kind: .blank, span: Span(start, start), indent: 0)) }
    let foldRow = rows.count
    rows.append(BodyRow(kind: .fold(paragraphs: expanded ? 0 : boilerplate.count), span: Span(start, start), indent: 0))
    if expanded {
      for index in boilerplate { add(index, of: article, width: width, to: &rows) }
    }
    return foldRow
  }

  /// Appends the rows of paragraph `index`: a blank line first unless it opens the body, then
  /// its text wrapped at `width` (less the indent of a block quote).
  private static func add(_ index: Int, of article: Article, width: Int, to rows: inout [BodyRow]) {
    let paragraph = article.paragraphs[index]
    let indent = paragraph.role == .blockquote ? quoteIndent : 0
    if !rows.isEmpty { rows.append(BodyRow(kind: .blank, span: Span(paragraph.span.start, paragraph.span.start), indent: 0)) }
    let wrapper = WordWrapper(width: max(width - indent, 1))
    for line in wrapper.lines(of: paragraph.span, in: article.scalars) {
      rows.append(BodyRow(kind: .text(paragraph: index), span: line, indent: indent))
    }
  }

  /// The index of the row showing `offset` (or the nearest row before it).
  public func row(containing offset: Int) -> Int {
    var low = 0
    var high = rows.count - 1
    var best = 0
    while low <= high {
      let mid = (low + high) / 2
      if rows[mid].span.start <= offset {
        best = mid
        low = mid + 1
      } else {
        high = mid - 1
      }
    }
    return best
  }

  /// Columns before the text in a body pane `paneWidth` wide: the text is centred when the
  /// pane is much wider than it, else it gets one column of margin.
  public func margin(inPaneWidth paneWidth: Int) -> Int {
    paneWidth > width + 4 ? (paneWidth - width) / 2 : 1
  }

}
