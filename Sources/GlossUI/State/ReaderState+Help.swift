/// The `?` overlay: moving through it as in less (`j k`, pages, `g G`) and searching it (`/`,
/// then `n N`), the line found shown at the top of the box.
extension ReaderState {
  /// The lines of the help, as ``HelpView`` draws them.
  var helpLines: [String] { HelpView.lines(keyMap) }

  mutating func handleHelp(_ key: Key, scroll: Int) {
    let last = HelpView.maxScroll(lines: helpLines.count, height: layout.height)
    func scrolled(_ to: Int) -> Overlay { .help(scroll: min(max(to, 0), last)) }
    switch keyMap.action(for: key) {
    case .close, .quit, .help: overlay = .none
    case .down: overlay = scrolled(scroll + 1)
    case .up: overlay = scrolled(scroll - 1)
    case .pageDown: overlay = scrolled(scroll + layout.height / 2)
    case .pageUp: overlay = scrolled(scroll - layout.height / 2)
    case .top: overlay = scrolled(0)
    case .bottom: overlay = scrolled(last)
    case .search: overlay = .prompt(Prompt(kind: .helpSearch(from: scroll)))
    case .searchNext: overlay = scrolled(stepHelpMatch(from: scroll, by: 1))
    case .searchPrevious: overlay = scrolled(stepHelpMatch(from: scroll, by: -1))
    default: break
    }
  }

  /// The first help line from `start` on (wrapping) that holds `query`, ignoring case.
  func helpLine(matching query: String, from start: Int, by step: Int = 1) -> Int? {
    let lines = helpLines
    guard !query.isEmpty, !lines.isEmpty else { return nil }
    for offset in 0..<lines.count {
      let index = ((start + step * offset) % lines.count + lines.count) % lines.count
      if lines[index].localizedCaseInsensitiveContains(query) { return index }
    }
    return nil
  }

  /// `n`/`N` in the help: the next or previous line holding the last help search.
  private mutating func stepHelpMatch(from scroll: Int, by step: Int) -> Int {
    guard !helpQuery.isEmpty else {
      say(StatusMessage("No search yet: press / to search the help"))
      return scroll
    }
    guard let line = helpLine(matching: helpQuery, from: scroll + step, by: step) else {
      say(StatusMessage("Not found: \(helpQuery)", isError: true))
      return scroll
    }
    return line
  }

  /// Enter in the help's search: the help at the line found, the query kept for `n` and `N`.
  mutating func confirmHelpSearch(_ query: String, from start: Int) {
    helpQuery = query
    let line = helpLine(matching: query, from: start)
    if line == nil, !query.isEmpty { say(StatusMessage("Not found: \(query)", isError: true)) }
    overlay = .help(scroll: min(line ?? start, HelpView.maxScroll(lines: helpLines.count, height: layout.height)))
  }
}
