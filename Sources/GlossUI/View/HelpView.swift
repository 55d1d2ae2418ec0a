/// The `?` overlay: a framed box listing every action with its keys, the mouse and the
/// commands, scrollable when the screen is short.
struct HelpView {
  let keyMap: KeyMap
  let theme: Theme

  /// The help text, one entry a line.
  var lines: [String] {
    var lines = Action.allCases.map { action in
      let keys = keyMap.keys(for: action).map(\.label).joined(separator: " ")
      return keys.padding(toLength: max(14, keys.count + 1), withPad: " ", startingAt: 0) + action.summary
    }
    lines += [
      "",
      "Mouse: the wheel scrolls the pane under it; a click",
      "       focuses a pane, selects an item or a quote.",
      "Commands: :theme NAME   :help   :q",
    ]
    return lines
  }

  func draw(into buffer: inout CellBuffer, scroll: Int) {
    let lines = self.lines
    let width = min(64, buffer.width - 2)
    let height = min(lines.count + 2, buffer.height - 2)
    guard width > 4, height > 2 else { return }
    let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
    let style = theme.style("ui.help")
    buffer.fill(box, style: style)
    let rule = String(repeating: "─", count: width - 2)
    buffer.put("┌" + rule + "┐", x: box.x, y: box.y, style: style)
    buffer.put("└" + rule + "┘", x: box.x, y: box.maxY - 1, style: style)
    buffer.put(" Keys — Esc closes ", x: box.x + 2, y: box.y, style: style.patched(with: Style(attributes: .bold)))
    let visible = height - 2
    let first = min(max(scroll, 0), max(lines.count - visible, 0))
    if first + visible < lines.count {
      buffer.put(" j/↓ for more ", x: box.maxX - 16, y: box.maxY - 1, style: style)
    }
    for row in 0..<visible {
      let y = box.y + 1 + row
      buffer.put("│", x: box.x, y: y, style: style)
      buffer.put("│", x: box.maxX - 1, y: y, style: style)
      if lines.indices.contains(first + row) {
        Truncation.put(lines[first + row], into: &buffer, x: box.x + 2, y: y, width: width - 4, style: style)
      }
    }
  }
}
