/// A long list (a library's articles, its actors) that sorts, filters and moves without delay
/// at tens of thousands of rows: each element's searchable text is folded to lower case once,
/// a sort is an order of elements given whole, a filter narrows the previous filter's rows
/// while the query only grows, and the selection follows its element through every change.
public struct FilterableList: Sendable, Equatable {
  /// Each element's searchable text, lower-cased UTF-8.
  private var haystacks: [[UInt8]]
  /// The elements in their sorted order.
  public private(set) var order: [Int]
  /// The filter's text, as typed.
  public private(set) var query = ""
  /// The elements shown, in order: those of `order` whose text contains the query.
  public private(set) var rows: [Int]
  /// The selected row (an index into `rows`).
  public private(set) var selected = 0
  /// The first row on screen.
  public var top = 0

  /// A list of `texts.count` elements in `order` (by default their own), unfiltered, the
  /// first row selected.
  public init(texts: [String], order: [Int]? = nil) {
    haystacks = texts.map(Self.fold)
    self.order = order ?? Array(texts.indices)
    rows = self.order
  }

  /// The element of the selected row, if any row is shown.
  public var selectedElement: Int? { rows.indices.contains(selected) ? rows[selected] : nil }

  /// Replaces the searchable text of `element`; the rows change at the next ``refilter()``.
  public mutating func setText(_ text: String, of element: Int) {
    haystacks[element] = Self.fold(text)
  }

  /// Shows the elements in `order` (every element once), filtered as before.
  public mutating func sort(_ order: [Int]) {
    self.order = order
    refilter()
  }

  /// Shows the elements whose text contains `query` (ignoring case): narrows the rows shown
  /// when `query` extends the current query, else filters the whole order again.
  public mutating func filter(_ query: String) {
    let narrows = !self.query.isEmpty && query.hasPrefix(self.query)
    self.query = query
    apply(to: narrows ? rows : order)
  }

  /// Filters the whole order again (after texts or the order changed).
  public mutating func refilter() { apply(to: order) }

  /// Moves the selection by `rows` rows, stopping at the ends.
  public mutating func move(by step: Int) {
    guard !rows.isEmpty else { return }
    selected = min(max(selected + step, 0), rows.count - 1)
  }

  /// Selects the row showing `element`, if it is shown.
  public mutating func select(element: Int) {
    if let row = rows.firstIndex(of: element) { selected = row }
  }

  /// Scrolls so the selected row is among the `height` rows on screen.
  public mutating func keepVisible(height: Int) {
    let height = max(height, 1)
    top = min(top, max(rows.count - height, 0))
    top = max(min(top, selected), selected - height + 1, 0)
  }

  private mutating func apply(to candidates: [Int]) {
    let kept = selectedElement
    let needle = Self.fold(query)
    rows = needle.isEmpty ? candidates : candidates.filter { Self.contains(haystacks[$0], needle) }
    selected = kept.flatMap { rows.firstIndex(of: $0) } ?? 0
  }

  private static func fold(_ text: String) -> [UInt8] { Array(text.lowercased().utf8) }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count else { return false }
    let first = needle[0]
    var start = 0
    while start <= haystack.count - needle.count {
      if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) { return true }
      start += 1
    }
    return false
  }
}
