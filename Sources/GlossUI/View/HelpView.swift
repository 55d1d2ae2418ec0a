/// The `?` overlay: a framed box listing every action with its keys, the mouse and the
/// commands, scrollable when the screen is short.
struct HelpView {
  let keyMap: KeyMap
  let theme: Theme

  /// The help text, one entry a line.
  var lines: [String] { Self.lines(keyMap) }

  /// The help text for `keyMap`, one entry a line.
  static func lines(_ keyMap: KeyMap) -> [String] {
    var lines = Action.allCases.filter { $0.screens.contains(.reader) }.map { action in
      let keys = keyMap.keys(for: action).map(\.label).joined(separator: " ")
      return keys.padding(toLength: max(14, keys.count + 1), withPad: " ", startingAt: 0) + action.summary
    }
    lines += [
      "",
      "Mouse: the wheel scrolls the pane under it; a click",
      "       focuses a pane, selects an item or a quote.",
      "Commands: :theme NAME  :export FILE (.md .json)  :help  :q",
      "       :annotations file|auto|both (with a .ann file)",
      "       :w FILE saves the notes to FILE and keeps them there",
      "       (when their file cannot be written); :w saves again;",
      "       :q! quits with notes not saved",
      "",
      "Selecting (after \(keyMap.labels(.select))): w b word, ) ( sentence, } { paragraph,",
      "       j k line; \(keyMap.labels(.addNote, .highlight, .addTags, .markStance)) act on it; Esc or \(keyMap.labels(.select)) drops it.",
      "Stance prompt: Tab offers the next actor.",
      "This help: \(keyMap.labels(.down, .up, .top, .bottom)) move, \(keyMap.labels(.search)) searches, \(keyMap.labels(.searchNext, .searchPrevious)) again.",
      "Note editor: Enter saves, C-j new line, Esc cancels;",
      "       ← → ↑ ↓ Home End, Backspace Del, C-w word, C-u line.",
    ]
    return lines
  }

  /// The most the help can scroll on a screen `height` rows high: its last line at the bottom
  /// of the box (which has a border row above and below, and leaves a row each side).
  static func maxScroll(lines: Int, height: Int) -> Int {
    max(lines - max(height - 4, 1), 0)
  }

  /// Draws the help scrolled down `scroll` lines, the text of its search (`marking`) marked.
  func draw(into buffer: inout CellBuffer, scroll: Int, marking: String = "") {
    TextBox.draw(
      lines, maxWidth: 64, title: " Keys — Esc closes ", scroll: scroll, into: &buffer, style: theme.style("ui.help"),
      marking: marking, markStyle: theme.style("search.current"))
  }
}
