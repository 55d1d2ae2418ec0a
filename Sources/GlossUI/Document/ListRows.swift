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

  /// The row whose target is `target`, found without making every row in the quotes pane,
  /// where quote `n` is row `n`.
  func firstIndex(of target: ListTarget) -> Int? {
    switch source {
    case .rows(let rows): rows.firstIndex { $0.target == target }
    case .quotes(let quotes, _):
      if case .quote(let number) = target, quotes.indices.contains(number) { number } else { nil }
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
