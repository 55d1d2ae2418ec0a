/// A framed list to choose from over the panes (the links, the topics): one line an item, the
/// selected one marked with `›`, drawn bold in the box's colours swapped (so it stands out in
/// any theme, the box being reversed itself) and kept in view.
enum ChoiceBox {
  /// Draws `lines` in a box titled `title`, at most `maxWidth` columns wide, `selected` marked.
  static func draw(_ lines: [String], title: String, selected: Int, maxWidth: Int, style: Style, into buffer: inout CellBuffer) {
    guard let box = Frame.list(lines: lines.count, maxWidth: maxWidth, title: title, into: &buffer, style: style)
    else { return }
    let width = box.width
    let visible = box.height - 2
    let first = min(max(selected - visible / 2, 0), max(lines.count - visible, 0))
    for row in 0..<min(visible, lines.count - first) {
      let isSelected = first + row == selected
      let lineStyle = isSelected ? Self.selected(in: style) : style
      let y = box.y + 1 + row
      buffer.fill(Rect(x: box.x + 1, y: y, width: width - 2, height: 1), style: lineStyle)
      buffer.put(isSelected ? "›" : " ", x: box.x + 1, y: y, style: lineStyle)
      Truncation.put(lines[first + row], into: &buffer, x: box.x + 2, y: y, width: width - 4, style: lineStyle)
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
