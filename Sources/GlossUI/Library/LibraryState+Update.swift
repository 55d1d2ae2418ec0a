import GlossCore

extension LibraryState {
  /// Changes the state for `event`; returns what the program must do beyond redrawing, if
  /// anything. Keys go to the open overlay, else to the view on screen.
  public mutating func update(_ event: Event) -> LibraryEffect? {
    switch event {
    case .resize(let width, let height):
      resize(width: width, height: height)
      return nil
    case .mouse(let mouse):
      if mouse.kind != .click, overlay == .none { move(by: mouse.kind == .wheelDown ? 3 : -3) }
      return nil
    case .key(let key):
      message = nil
      switch overlay {
      case .help(let scroll):
        handleHelp(key, scroll: scroll)
        return nil
      case .filter(let text, let previous):
        typeFilter(key, text: text, previous: previous)
        return nil
      case .none:
        return handle(key)
      }
    }
  }

  /// A key with nothing open over the view.
  private mutating func handle(_ key: Key) -> LibraryEffect? {
    switch keyMap.action(for: key, on: .library) {
    case .sort: cycleSort()
    case .actors:
      if screen == .articles { openActors() } else if screen == .actors { screen = .articles }
    case .down: move(by: 1)
    case .up: move(by: -1)
    case .pageDown: move(by: max(listHeight - 1, 1))
    case .pageUp: move(by: -max(listHeight - 1, 1))
    case .top: move(by: -Int.max / 2)
    case .bottom: move(by: Int.max / 2)
    case .activate: return activate()
    case .search:
      if screen == .actor {
        message = StatusMessage("/ filters the articles and the actors; q goes back to them")
      } else {
        overlay = .filter(text: "", previous: filterQuery)
      }
    case .help: overlay = .help(scroll: 0)
    case .toggleRead: return toggleRead()
    case .refresh: return askRefresh()
    case .close where screen == .articles: applyFilter("")
    case .close, .quit: return back()
    default: break
    }
    return nil
  }

  /// Moves the selection of the view on screen by `rows`, stopping at the ends.
  mutating func move(by rows: Int) {
    switch screen {
    case .articles: articles.move(by: rows)
    case .actors: actors?.list.move(by: rows)
    case .actor:
      if !actorPages.isEmpty { actorPages[actorPages.count - 1].move(by: rows) }
    }
    keepSelectionVisible()
  }

  /// Enter: opens the selected article, actor, or the article of a quote or stance.
  private mutating func activate() -> LibraryEffect? {
    switch screen {
    case .articles:
      guard let item = selectedItem else { return nil }
      if let error = items[item].error {
        message = StatusMessage(error, isError: true)
        return nil
      }
      return .open(item: item, passage: nil)
    case .actors:
      guard let actor = actors?.selected else { return nil }
      actorPages.append(ActorPage(actor: actor, back: .screen(.actors)))
      screen = .actor
    case .actor:
      guard let page = actorPage, let passage = page.rows[page.selected].passage else { return nil }
      return .open(item: passage.item, passage: passage.span)
    }
    return nil
  }

  /// `q` and Esc: the actors go back to the articles, an actor's page to where it was opened
  /// from; `q` on the articles quits.
  private mutating func back() -> LibraryEffect? {
    switch screen {
    case .articles: return .quit
    case .actors: screen = .articles
    case .actor:
      guard let page = actorPages.popLast() else { break }
      screen = page.back.screen
      if case .article = page.back { return .resumeArticle }
    }
    return nil
  }

  /// `A`: the actors view, once the index is built.
  private mutating func openActors() {
    guard actors != nil else {
      let done = progress.map { ": \($0.done)/\($0.total) articles read" } ?? ""
      message = StatusMessage("The actors are indexed once every article is read\(done)")
      return
    }
    screen = .actors
    keepSelectionVisible()
  }

  /// `s`: the next order of the list on screen.
  private mutating func cycleSort() {
    switch screen {
    case .articles:
      sort = sort.next
      articles.sort(sortedItems(by: sort))
    case .actors: actors?.cycleSort()
    case .actor: return
    }
    keepSelectionVisible()
  }

  /// The filter of the list on screen.
  var filterQuery: String {
    screen == .actors ? actors?.list.query ?? "" : articles.query
  }

  private mutating func applyFilter(_ query: String) {
    switch screen {
    case .articles: articles.filter(query)
    case .actors: actors?.list.filter(query)
    case .actor: return
    }
    keepSelectionVisible()
  }

  /// A key typed while the `/` filter is open: the list narrows as the text grows; Enter
  /// keeps the filter, Esc (or Backspace on nothing) brings back the one before.
  private mutating func typeFilter(_ key: Key, text: String, previous: String) {
    var text = text
    switch key {
    case .escape:
      overlay = .none
      applyFilter(previous)
      return
    case .enter:
      overlay = .none
      if !text.isEmpty, (screen == .actors ? actors?.list.rows.isEmpty : articles.rows.isEmpty) == true {
        message = StatusMessage("Not found: \(text)", isError: true)
      }
      return
    case .backspace:
      guard !text.isEmpty else {
        overlay = .none
        applyFilter(previous)
        return
      }
      text.removeLast()
    case .character(let character) where !Sanitizer.isUnsafe(character.unicodeScalars.first!):
      text.append(character)
    default:
      return
    }
    overlay = .filter(text: text, previous: previous)
    applyFilter(text)
  }

  private mutating func handleHelp(_ key: Key, scroll: Int) {
    switch keyMap.action(for: key, on: .library) {
    case .close, .quit, .help: overlay = .none
    case .down: overlay = .help(scroll: scroll + 1)
    case .up: overlay = .help(scroll: max(scroll - 1, 0))
    default: break
    }
  }
}
