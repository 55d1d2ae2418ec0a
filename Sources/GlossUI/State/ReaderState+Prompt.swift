import GlossCore

extension ReaderState {
  mutating func openPrompt(_ kind: Prompt.Kind) {
    overlay = .prompt(Prompt(kind: kind))
    if kind == .search {
      search.origin = SearchState.Origin(
        bodyTop: bodyTop, query: search.query, matches: search.matches, current: search.current,
        isPartial: search.isPartial, wanted: wantedSearch)
    }
  }

  /// A key typed while a prompt is open: edits it, runs it on Enter, drops it on Esc. Nothing
  /// else closes it: Backspace on an empty prompt does nothing, so the keys typed next are
  /// never taken for commands.
  mutating func type(_ key: Key, into prompt: Prompt) -> ReaderEffect? {
    var prompt = prompt
    switch key {
    case .escape:
      cancel(prompt)
    case .enter:
      overlay = .none
      switch prompt.kind {
      case .command: return run(prompt.text)
      case .search: return confirmSearch()
      case .tags(let subject): return addTags(prompt.text, to: subject)
      case .stance(let subject): return setStance(prompt.text, on: subject)
      case .helpSearch(let start): confirmHelpSearch(prompt.text, from: start)
      }
    case .tab:
      guard case .stance(let subject) = prompt.kind else { break }
      let span = if case .passage(let span) = subject { span } else { passage ?? Span(0, 0) }
      let actors = StanceEntry.actors(for: span, in: document.annotations)
      edit(&prompt) { $0 = EditableText(StanceEntry.nextActor(in: $0.text, among: actors)) }
    case .character("\u{0A}"), .up, .down:
      break  // one line: no line breaks, nothing above or below
    default:
      edit(&prompt) { _ = $0.edit(key) }
    }
    return nil
  }

  private mutating func edit(_ prompt: inout Prompt, _ change: (inout EditableText) -> Void) {
    let before = prompt.text
    change(&prompt.line)
    overlay = .prompt(prompt)
    if prompt.kind == .search, prompt.text != before { searchIncrementally(for: prompt.text) }
  }

  private mutating func cancel(_ prompt: Prompt) {
    overlay = .none
    if case .helpSearch(let start) = prompt.kind { overlay = .help(scroll: start) }
    guard prompt.kind == .search, let origin = search.origin else { return }
    search = origin.restored
    wantedSearch = origin.wanted
    bodyTop = origin.bodyTop
    clampBody()
  }

  /// Finds `query` and shows the first match at or after where the search started; in a long
  /// article, only in the text that follows, until Enter.
  private mutating func searchIncrementally(for query: String) {
    let origin = search.origin
    search.query = query
    search.isMarked = true
    wantedSearch = nil
    let start = searchStart
    search.isPartial = document.article.length > TextSearch.typingWindow
    search.matches =
      search.isPartial
      ? TextSearch.matches(of: query, in: document, from: start, window: TextSearch.typingWindow)
      : TextSearch.matches(of: query, in: document)
    search.current = search.matches.firstIndex { $0.start >= start } ?? (search.matches.isEmpty ? nil : 0)
    if let current = search.current {
      reveal(search.matches[current].start)
    } else if let origin {
      bodyTop = origin.bodyTop
    }
  }

  /// Where the search started: the text at the top of the body when the prompt opened.
  private var searchStart: Int {
    let originTop = search.origin?.bodyTop ?? 0
    return body.rows.indices.contains(originTop) ? body.rows[originTop].span.start : 0
  }

  private mutating func confirmSearch() -> ReaderEffect? {
    if search.query.isEmpty, let origin = search.origin {
      search = origin.restored
      wantedSearch = origin.wanted
    } else if search.isPartial {
      // A long text: searched whole in the background, the matches typed so far shown meanwhile.
      wantedSearch = WholeSearch(query: search.query, from: searchStart)
    }
    search.origin = nil
    if !search.query.isEmpty, search.matches.isEmpty, wantedSearch == nil {
      say(StatusMessage("Not found: \(search.query)", isError: true))
    }
    return nil
  }

  /// `n` and `N`: the next or previous match, wrapping around.
  mutating func stepMatch(by step: Int) {
    guard !search.matches.isEmpty else {
      say(StatusMessage(search.query.isEmpty ? "No search yet: press / to search" : "Not found: \(search.query)", isError: true))
      return
    }
    search.isMarked = true
    let count = search.matches.count
    let next = ((search.current ?? -step) + step + count) % count
    let previous = search.current ?? next
    if wantedSearch != nil, step > 0 ? next < previous : next > previous {
      say(StatusMessage("Still searching the whole text…"))
      return
    }
    if step > 0 && next < previous { say(StatusMessage("Search wrapped to the top")) }
    if step < 0 && next > previous { say(StatusMessage("Search wrapped to the bottom")) }
    search.current = next
    reveal(search.matches[next].start)
  }

  /// `:export FILE [--format markdown|json]`: the format named, else the one of FILE's
  /// extension (Markdown without one); an extension that names none is refused, saying so.
  private mutating func export(_ words: [String]) -> ReaderEffect? {
    var words = words
    var named: NotesExportFormat?
    if let option = words.firstIndex(of: "--format") {
      guard words.indices.contains(option + 1), let format = NotesExportFormat(rawValue: words[option + 1]) else {
        say(StatusMessage("Usage: :export FILE [--format markdown|json]", isError: true))
        return nil
      }
      named = format
      words.removeSubrange(option...option + 1)
    }
    guard !words.isEmpty else {
      say(StatusMessage("Usage: :export FILE [--format markdown|json]", isError: true))
      return nil
    }
    let path = words.joined(separator: " ")
    guard let format = named ?? NotesExportFormat(path: path) else {
      let what = "name it .md or .json, or add --format markdown|json"
      say(StatusMessage("Not exported: no format for \(path) (\(what))", isError: true))
      return nil
    }
    return .exportNotes(path, format)
  }

  /// Runs a `:` command.
  private mutating func run(_ command: String) -> ReaderEffect? {
    let words = command.split(separator: " ").map(String.init)
    switch words.first {
    case nil: return nil
    case "q", "quit": return quit()
    case "q!": return .quit
    case "w", "write":
      return .saveNote(.saveAll(to: words.count > 1 ? words.dropFirst().joined(separator: " ") : nil))
    case "theme":
      guard words.count == 2 else {
        say(StatusMessage("Usage: :theme NAME", isError: true))
        return nil
      }
      return .loadTheme(words[1])
    case "export": return export(Array(words.dropFirst()))
    case "annotations":
      guard words.count == 2, let choice = AnnotationChoice(rawValue: words[1]) else {
        say(StatusMessage("Usage: :annotations file|auto|both", isError: true))
        return nil
      }
      chooseAnnotations(choice)
    case "help": overlay = .help(scroll: 0)
    default: say(StatusMessage("Unknown command: \(command)", isError: true))
    }
    return nil
  }
}
