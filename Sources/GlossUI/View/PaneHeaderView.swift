/// The first row of a pane: its title, or tabs when panes share the space, with the focused
/// pane (and only it) marked by a glyph and the `ui.pane.focused` style; the tab shown but not
/// focused has the `ui.tab.active` style alone.
struct PaneHeaderView {
  let state: ReaderState
  let theme: Theme

  func draw(_ pane: PaneID, into buffer: inout CellBuffer, at row: Rect) {
    buffer.fill(row, style: theme.style("ui.pane"))
    let tabs = state.layout.tabs
    if tabs[pane] != nil {
      for (tab, area) in tabs.sorted(by: { $0.value.x < $1.value.x }) {
        let short = area.width < ScreenLayout.label(tab, short: false).count
        let scope = tab == state.focus ? "ui.pane.focused" : tab == pane ? "ui.tab.active" : "ui.tab"
        let label = ScreenLayout.label(tab, short: short)
        buffer.put(tab == state.focus ? "▸" + label.dropFirst() : label, x: area.x, y: area.y, style: theme.style(scope), limit: area.width)
      }
      return
    }
    let focused = pane == state.focus
    let count =
      if pane == .body {
        ""
      } else if state.loading != nil {
        " (…)"
      } else {
        " (\(countOf(pane)))"
      }
    let topic = pane == .stances ? state.stanceTopic.map { " on " + $0 } ?? "" : ""
    let label = (focused ? "▸ " : "  ") + "\(pane.rawValue) \(pane.title)\(count)\(topic) "
    Truncation.put(label, into: &buffer, x: row.x, y: row.y, width: row.width, style: theme.style(focused ? "ui.pane.focused" : "ui.pane"))
  }

  /// Items in a list pane (headings not counted): counted once with the document for the
  /// annotation panes, whose lists grow with the article; counted here for the short lists of
  /// notes and stances, which change with the notes.
  private func countOf(_ pane: PaneID) -> Int {
    switch pane {
    case .notes, .stances: state.rows(pane).count { $0.target != nil }
    default: state.document.itemCount(pane)
    }
  }
}
