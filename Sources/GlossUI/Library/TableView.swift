/// One cell of a ``TableView`` row: its text, its width (nil: whatever the fixed cells leave),
/// which side it keeps to, and the theme scope it is drawn in.
struct TableCell {
  var text: String
  var width: Int?
  var alignRight = false
  var scope = "ui.text"

  init(_ text: String, width: Int? = nil, alignRight: Bool = false, scope: String = "ui.text") {
    self.text = text
    self.width = width
    self.alignRight = alignRight
    self.scope = scope
  }
}

/// Draws the library's lists (articles, actors, an actor's page) as tables: an optional header
/// row, then only the rows that fit from the first one on screen, the selected one marked
/// with `›` and the `ui.selection` style. Cells are separated by a space and cut with `…`.
struct TableView {
  let theme: Theme

  func draw(
    header: [TableCell]?, count: Int, top: Int, selected: Int?, into buffer: inout CellBuffer, at area: Rect,
    cells: (Int) -> [TableCell]
  ) {
    var area = area
    if let header {
      buffer.fill(area.row(0), style: theme.style("ui.pane"))
      put(header, into: &buffer, y: area.y, in: area, highlight: theme.style("ui.pane"))
      area = area.droppingTop(1)
    }
    for line in 0..<min(area.height, max(count - top, 0)) {
      let row = top + line
      let isSelected = row == selected
      let highlight = isSelected ? theme.style("ui.selection") : Style.plain
      if isSelected { buffer.fill(area.row(line), style: theme.style("ui.text").patched(with: highlight)) }
      buffer.put(isSelected ? "›" : " ", x: area.x, y: area.y + line, style: theme.style("ui.text").patched(with: highlight))
      put(cells(row), into: &buffer, y: area.y + line, in: area, highlight: highlight)
    }
  }

  private func put(_ cells: [TableCell], into buffer: inout CellBuffer, y: Int, in area: Rect, highlight: Style) {
    let fixed = cells.compactMap(\.width).reduce(0) { $0 + $1 + 1 }
    var x = area.x + 2
    for cell in cells {
      let width = max(cell.width ?? (area.width - 2 - fixed - 1), 0)
      let style = theme.style(cell.scope).patched(with: highlight)
      let shown = min(DisplayWidth.of(cell.text), width)
      Truncation.put(cell.text, into: &buffer, x: cell.alignRight ? x + width - shown : x, y: y, width: width, style: style)
      x += width + 1
    }
  }
}
