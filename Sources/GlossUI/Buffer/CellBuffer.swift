/// A grid of cells that panes draw into and backends copy to a terminal; it knows nothing of
/// curses, so whole screens can be built and compared in tests.
///
/// Writing counts columns, never splits a grapheme (a wide one that does not fit is replaced by
/// a blank), and passes every character through `Sanitizer`, so article text cannot reach the
/// terminal as control sequences. Zero-width graphemes with nothing to attach to are dropped.
public struct CellBuffer: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal cursor should be shown (a prompt's insertion point), if anywhere.
  public var cursor: Point?

  public init(width: Int, height: Int, style: Style = .plain) {
    self.width = max(width, 0)
    self.height = max(height, 0)
    cells = Array(repeating: .blank(style), count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Fills `rect` (clipped to the buffer) with blanks of `style`.
  public mutating func fill(_ rect: Rect, style: Style) {
    for y in max(rect.y, 0)..<min(rect.maxY, height) {
      for x in max(rect.x, 0)..<min(rect.maxX, width) { self[x, y] = .blank(style) }
    }
  }

  /// Writes `text` from column `x` of row `y`, using at most `limit` columns (default: to the
  /// edge of the buffer). Returns the column after the last one written.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil
  ) -> Int {
    guard y >= 0, y < height else { return x }
    let end = min(limit.map { x + $0 } ?? width, width)
    var column = x
    for character in text {
      let shown = Sanitizer.visible(character)
      let columns = DisplayWidth.of(shown)
      if columns == 0 { continue }
      if column + columns > end {
        if column < end { self[column, y] = .blank(style) }
        return column + 1
      }
      if column >= 0 { place(shown, columns: columns, x: column, y: y, style: style) }
      column += columns
    }
    return column
  }

  /// The text of row `y`, continuation cells left out: what a terminal shows on that line.
  public func line(_ y: Int) -> String {
    (0..<width).reduce(into: "") { text, x in text += self[x, y].text }
  }

  /// Every row as text.
  public var lines: [String] { (0..<height).map(line) }

  private mutating func place(_ character: Character, columns: Int, x: Int, y: Int, style: Style) {
    clearWide(at: x, y: y)
    if columns == 2 { clearWide(at: x + 1, y: y) }
    self[x, y] = Cell(text: String(character), width: columns, style: style)
    if columns == 2 { self[x + 1, y] = .continuation(style) }
  }

  /// Before overwriting cell `x`, blanks the other half of a wide grapheme it belongs to.
  private mutating func clearWide(at x: Int, y: Int) {
    let cell = self[x, y]
    if cell.isContinuation, x > 0 { self[x - 1, y] = .blank(self[x - 1, y].style) }
    if cell.width == 2, x + 1 < width { self[x + 1, y] = .blank(cell.style) }
  }
}
