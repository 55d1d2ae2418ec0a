extension ReaderState {
  /// Changes the state for `event`; returns what the program must do beyond redrawing, if
  /// anything. The only entry point for input: keys, mouse and resizes all come through here.
  public mutating func update(_ event: Event) -> ReaderEffect? {
    switch event {
    case .resize(let width, let height):
      resize(width: width, height: height)
      return nil
    case .mouse(let mouse):
      messages.dismiss()
      handle(mouse)
      return nil
    case .key(let key):
      messages.dismiss()
      switch overlay {
      case .prompt(let prompt): return type(key, into: prompt)
      case .help(let scroll):
        handleHelp(key, scroll: scroll)
        return nil
      case .editor(let editor):
        return type(key, into: editor)
      case .links(let selected):
        return handleLinks(key, selected: selected)
      case .topics(let chooser):
        handleTopics(key, in: chooser)
        return nil
      case .none:
        if selection != nil {
          if let (motion, forward) = TextMotion.of(key) {
            extendSelection(motion, forward: forward)
            return nil
          }
          if key == .escape {
            selection = nil
            return nil
          }
        }
        guard let action = keyMap.action(for: key) else { return nil }
        return perform(action)
      }
    }
  }

  /// Does what `action` says, with no overlay open.
  public mutating func perform(_ action: Action) -> ReaderEffect? {
    if waitsForWholeArticle(action) { return nil }
    switch action {
    case .down: scroll(focus, by: 1)
    case .up: scroll(focus, by: -1)
    case .pageDown: scroll(focus, by: page)
    case .pageUp: scroll(focus, by: -page)
    case .top: scroll(focus, by: -Int.max / 2)
    case .bottom: scroll(focus, by: Int.max / 2)
    case .focusNext: focus(on: focus.cycled(by: 1))
    case .focusPrevious: focus(on: focus.cycled(by: -1))
    case .focusBody, .focusQuotes, .focusEntities, .focusSources, .focusStances, .focusNotes:
      focus(on: action.focusTarget!)
    case .nextQuote: stepQuote(by: 1)
    case .previousQuote: stepQuote(by: -1)
    case .nextNote: stepNote(by: 1)
    case .previousNote: stepNote(by: -1)
    case .select: toggleSelection()
    case .addNote: writeNote()
    case .highlight: return highlightPassage()
    case .addTags: askForTags()
    case .editNote: editNote()
    case .deleteNote: return deleteNote()
    case .undoDelete: return undoDelete()
    case .markStance: askForStance()
    case .chooseTopic: chooseTopic()
    case .activate: activate()
    case .search: openPrompt(.search)
    case .searchNext: stepMatch(by: 1)
    case .searchPrevious: stepMatch(by: -1)
    case .cycleHighlight:
      highlight = highlight.next
      say(StatusMessage("highlight \(highlight.label)"))
    case .cycleAnnotations: chooseAnnotations(annotationChoice?.next ?? .both)
    case .openLink: return openLinkOnScreen()
    case .listLinks: listLinks()
    case .followActor: return followActor()
    case .help: overlay = .help(scroll: 0)
    case .command: openPrompt(.command)
    case .close: hideSearchMarks()
    case .quit: return quit()
    case .sort, .actors, .toggleRead, .refresh: break  // the library's list only
    }
    return nil
  }

  /// Rows a page moves in the focused pane.
  var page: Int {
    let height = focus == .body ? bodyHeight : layout.contentHeight(focus)
    return max(height - 1, 1)
  }

  /// Esc with nothing open: hides the search's marks and the mark of the last jump; `n` and
  /// `N` still find the next match.
  private mutating func hideSearchMarks() {
    search.isMarked = false
    jumpedTo = nil
  }
}
