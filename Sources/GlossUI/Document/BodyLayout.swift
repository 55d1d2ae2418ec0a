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
/// offsets to lines. Computed once per width and fold state; drawing reads only visible rows.
public struct BodyLayout: Sendable {
  public let width: Int
  public let isExpanded: Bool
  public let rows: [BodyRow]

  /// Columns a block quote is indented by ("│ ").
  static let quoteIndent = 2

  public init(document: ReaderDocument, width: Int, expanded: Bool) {
    self.width = width
    self.isExpanded = expanded
    let article = document.article
    var rows: [BodyRow] = []
    let body = document.bodyParagraphs.filter { !article.paragraphs[$0].isBoilerplate }
    let boilerplate = document.bodyParagraphs.filter { article.paragraphs[$0].isBoilerplate }
    func add(_ index: Int) {
      let paragraph = article.paragraphs[index]
      let indent = paragraph.role == .blockquote ? Self.quoteIndent : 0
      if !rows.isEmpty { rows.append(BodyRow(kind: .blank, span: Span(paragraph.span.start, paragraph.span.start), indent: 0)) }
      let wrapper = WordWrapper(width: max(width - indent, 1))
      for line in wrapper.lines(of: paragraph.span, in: article.scalars) {
        rows.append(BodyRow(kind: .text(paragraph: index), span: line, indent: indent))
      }
    }
    body.forEach(add)
    var foldRow: Int?
    if let first = boilerplate.first {
      let start = article.paragraphs[first].span.start
      if !rows.isEmpty { rows.append(BodyRow(kind: .blank, span: Span(start, start), indent: 0)) }
      foldRow = rows.count
      rows.append(
        BodyRow(kind: .fold(paragraphs: expanded ? 0 : boilerplate.count), span: Span(start, start), indent: 0))
      if expanded { boilerplate.forEach(add) }
    }
    self.rows = rows
    self.foldRow = foldRow
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

  /// The row of the fold line, if the article has publisher text.
  public let foldRow: Int?
}
