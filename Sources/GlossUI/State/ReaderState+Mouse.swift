import GlossCore

extension ReaderState {
  /// Rows the wheel scrolls per notch.
  static let wheelStep = 3

  /// The wheel scrolls the pane under the pointer; a click on a tab or pane focuses it, a
  /// click on a list row selects it, and a click on a quote in the body makes it current.
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
      guard mouse.y > area.y else { return }
      if pane == .body {
        if let offset = bodyOffset(x: mouse.x - area.x, row: bodyTop + mouse.y - area.y - 1, paneWidth: area.width) {
          selectQuote(at: offset)
        }
        return
      }
      let row = list(pane).top + mouse.y - area.y - 1
      if rows(pane).indices.contains(row), rows(pane).target(at: row) != nil {
        select(row: row, in: pane)
      }
    }
  }

  /// The text offset shown at column `x` of body row `row`, if there is text there.
  private func bodyOffset(x: Int, row: Int, paneWidth: Int) -> Int? {
    guard body.rows.indices.contains(row), case .text = body.rows[row].kind else { return nil }
    let line = body.rows[row]
    var column = body.margin(inPaneWidth: paneWidth) + line.indent
    var offset = line.span.start
    for character in document.article.string(line.span) {
      let width = DisplayWidth.of(Sanitizer.visible(character))
      if x >= column, x < column + width { return offset }
      column += width
      offset += character.unicodeScalars.count
    }
    return nil
  }

  /// Makes the innermost quote at `offset` current, without scrolling. The quotes are looked for
  /// among the marks of the paragraph clicked, not in the whole list.
  private mutating func selectQuote(at offset: Int) {
    guard let paragraph = document.article.paragraphIndex(containing: offset) else { return }
    let quotes = document.marks.marks(in: paragraph, overlapping: Span(offset, offset + 1)).compactMap { mark in
      if case .quote(let index) = mark.kind { index } else { nil }
    }
    guard let index = quotes.min(by: { document.quotes[$0].span.length < document.quotes[$1].span.length }) else { return }
    currentQuote = index
    if let row = document.rowIndex(of: .quote(index), in: .quotes) { select(row: row, in: .quotes) }
  }
}
