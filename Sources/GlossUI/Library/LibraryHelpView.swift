/// The library's `?` overlay: a framed box listing the keys of the articles, the actors and an
/// actor's page (the moving keys as the key map binds them), scrollable when the screen is short.
struct LibraryHelpView {
  let keyMap: KeyMap
  let theme: Theme

  /// The help text, one entry a line.
  var lines: [String] {
    func keys(_ actions: Action...) -> String {
      actions.flatMap { keyMap.keys(for: $0) }.map(\.label).joined(separator: " ")
    }
    let entries: [(String, String)] = [
      (keys(.down, .up), "next / previous row"),
      (keys(.pageDown, .pageUp), "page down / up"),
      (keys(.top, .bottom), "first / last row"),
      (keys(.activate), "open: the article, the actor's page, or the"),
      ("", "article at a quote or stance (q comes back)"),
      (keys(.sort), "sort: library order / date / source / quotes;"),
      ("", "actors: quotes / articles / name"),
      (keys(.search), "filter the list as you type (Enter keeps it,"),
      ("", "Esc drops it); Esc on the articles clears it"),
      (keys(.actors), "the actors across the library (again: back)"),
      (keys(.toggleRead), "news: mark the item read / unread"),
      (keys(.refresh), "news: refresh every feed in the background"),
      (keys(.help), "this help"),
      (keys(.quit), "back; on the articles, quit"),
    ]
    var lines = entries.map { keys, summary in
      keys.padding(toLength: max(14, keys.count + 1), withPad: " ", startingAt: 0) + summary
    }
    lines += [
      "",
      "In an article opened from the library, @ on an entity",
      "       (entities pane) or the current quote's speaker shows",
      "       that actor across the library; q returns to the list.",
    ]
    return lines
  }

  func draw(into buffer: inout CellBuffer, scroll: Int) {
    TextBox.draw(
      lines, maxWidth: 66, title: " Library keys — Esc closes ", scroll: scroll, into: &buffer,
      style: theme.style("ui.help"))
  }
}
