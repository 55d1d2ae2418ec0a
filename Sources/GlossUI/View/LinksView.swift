import GlossCore

/// The `L` overlay: a framed list of the article's links, each its text and URL, the selected
/// one marked with `›`, drawn bold in the box's colours swapped (so it stands out in any
/// theme, the box being reversed itself) and kept in view.
struct LinksView {
  let state: ReaderState
  let theme: Theme

  func draw(into buffer: inout CellBuffer, selected: Int) {
    let links = state.links
    let style = theme.style("ui.help")
    let title = " Links — Enter opens, Esc closes "
    guard
      let box = Frame.list(
        lines: links.count, maxWidth: 76, title: title, into: &buffer, style: style)
    else { return }
    let width = box.width
    let visible = box.height - 2
    let first = min(max(selected - visible / 2, 0), max(links.count - visible, 0))
    for row in 0..<min(visible, links.count - first) {
      let link = links[first + row]
      let text = VisibleText.line(state.document.article.string(link.span))
      let line = "\(text) — \(VisibleText.line(link.url))"
      let isSelected = first + row == selected
      let lineStyle = isSelected ? Self.selected(in: style) : style
      let y = box.y + 1 + row
      buffer.fill(Rect(x: box.x + 1, y: y, width: width - 2, height: 1), style: lineStyle)
      buffer.put(isSelected ? "›" : " ", x: box.x + 1, y: y, style: lineStyle)
      Truncation.put(line, into: &buffer, x: box.x + 2, y: y, width: width - 4, style: lineStyle)
    }
  }

  /// The style of the selected row in a box drawn in `box`: its colours the other way round.
  static func selected(in box: Style) -> Style {
    var style = box
    style.attributes.formSymmetricDifference(.reverse)
    style.attributes.insert(.bold)
    return style
  }
}
