/// Draws a list pane (quotes, entities, sources, stances, notes): its rows from the pane's scroll
/// position, each cut to the pane's width, the selected one marked with `›` and, when the pane
/// has focus, the `ui.selection` style, and `↓ 15 more` at the bottom when rows lie below; while
/// a long article loads, the preview's rows, or what the pane waits for.
struct ListView {
  let state: ReaderState
  let theme: Theme

  func draw(_ pane: PaneID, into buffer: inout CellBuffer, at area: Rect) {
    let rows = state.rows(pane)
    if let loading = state.loading, pane == .notes || rows.isEmpty {
      let waiting = pane == .notes ? " (notes open once the article has loaded)" : " (\(loading.label))"
      buffer.put(waiting, x: area.x, y: area.y, style: theme.style("ui.dim"), limit: area.width)
      return
    }
    guard !rows.isEmpty else {
      buffer.put(" (none found)", x: area.x, y: area.y, style: theme.style("ui.dim"), limit: area.width)
      return
    }
    let position = state.list(pane)
    let selected = rows.indices.contains(position.selected) && rows.target(at: position.selected) != nil ? position.selected : nil
    let top = Self.top(position, selected: selected, height: area.height, count: rows.count)
    for (line, index) in (top..<min(top + area.height, rows.count)).enumerated() {
      let y = area.y + line
      let isSelected = index == selected
      let highlight = isSelected && pane == state.focus ? theme.style("ui.selection") : Style.plain
      if isSelected { buffer.fill(area.row(line), style: theme.style("ui.text").patched(with: highlight)) }
      buffer.put(isSelected ? "›" : " ", x: area.x, y: y, style: theme.style("ui.text").patched(with: highlight))
      var x = area.x + 1
      for piece in rows[index].pieces {
        let style = theme.style(piece.scope).patched(with: highlight)
        x = Truncation.put(piece.text, into: &buffer, x: x, y: y, width: area.maxX - x, style: style)
        if x >= area.maxX { break }
      }
    }
    let below = rows.count - top - area.height
    if below > 0 {
      let more = " ↓ \(below) more "
      buffer.put(more, x: max(area.maxX - DisplayWidth.of(more), area.x), y: area.maxY - 1, style: theme.style("ui.dim"), limit: area.width)
    }
  }

  /// The first row to draw: the stored one, moved just enough to show the selection.
  static func top(_ position: ListPosition, selected: Int?, height: Int, count: Int) -> Int {
    var top = min(position.top, max(count - height, 0))
    if let selected {
      top = min(max(top, selected - height + 1), selected)
    }
    return max(top, 0)
  }
}
