extension ReaderState {
  /// Rows the wheel scrolls per notch.
  static let wheelStep = 3

  /// The wheel scrolls the pane under the pointer; a click on a tab or pane focuses it, and a
  /// click on a list row selects it.
  mutating func handle(_ mouse: MouseEvent) {
    guard case .none = overlay else { return }
    if mouse.kind == .click, let tab = layout.tabs.first(where: { $0.value.contains(x: mouse.x, y: mouse.y) }) {
      focus(on: tab.key)
      return
    }
    guard let pane = layout.pane(at: mouse.x, mouse.y), let area = layout.panes[pane] else { return }
    switch mouse.kind {
    case .wheelUp: scroll(pane, by: -Self.wheelStep)
    case .wheelDown: scroll(pane, by: Self.wheelStep)
    case .click:
      focus(on: pane)
      let row = list(pane).top + mouse.y - area.y - 1
      if pane != .body, mouse.y > area.y, document.rows(pane).indices.contains(row),
        document.rows(pane)[row].target != nil
      {
        select(row: row, in: pane)
      }
    }
  }
}
