import GlossCore

/// The rows of a list pane. The quotes pane makes each row when it is read, from the quote: a
/// long article has a hundred thousand quotes, and a pane shows a screenful of them at a time.
public struct ListRows: RandomAccessCollection, Sendable {
  private enum Source: Sendable {
    case rows([ListRow])
    /// A row per quote, in this order, in its speaker's colour.
    case quotes([Quote], ActorPalette)
  }

  private let source: Source

  /// Rows already made.
  public init(_ rows: [ListRow] = []) { source = .rows(rows) }

  /// A row for each of `quotes`.
  init(quotes: [Quote], actors: ActorPalette) { source = .quotes(quotes, actors) }

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    switch source {
    case .rows(let rows): rows.count
    case .quotes(let quotes, _): quotes.count
    }
  }

  public subscript(position: Int) -> ListRow {
    switch source {
    case .rows(let rows): rows[position]
    case .quotes(let quotes, let actors): PaneRows.quote(quotes[position], number: position, actors: actors)
    }
  }

  /// What row `position` stands for, without making the row: moving the selection passes over
  /// many rows, and the end of the quotes pane is a hundred thousand rows away.
  public func target(at position: Int) -> ListTarget? {
    switch source {
    case .rows(let rows): rows[position].target
    case .quotes: .quote(position)
    }
  }

  /// The number of rows with a target (headings are not counted).
  var itemCount: Int {
    switch source {
    case .rows(let rows): rows.count { $0.target != nil }
    case .quotes(let quotes, _): quotes.count
    }
  }
}
