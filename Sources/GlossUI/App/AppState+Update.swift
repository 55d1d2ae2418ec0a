import GlossCore

extension AppState {
  /// Changes the state for `event` and returns what the terminal program must do. Input goes
  /// to the screen on top (a resize to every screen); the library's and the reader's own
  /// effects that move between screens are carried out here; and the background work the
  /// reader now wants is asked for.
  public mutating func update(_ event: AppEvent) -> [AppEffect] {
    var arrived = false
    if case .chores = event { arrived = true }
    let effects = handle(event)
    return effects + readerWork(resultArrived: arrived)
  }

  private mutating func handle(_ event: AppEvent) -> [AppEffect] {
    switch event {
    case .input(let input):
      if case .resize(let width, let height) = input {
        size = (width, height)
        _ = library?.update(input)
        _ = reader?.update(input)
        return []
      }
      switch screen {
      // Updated in place (`!` after the nil check), so the state's arrays are not copied.
      case .library:
        guard library != nil else { return [] }
        return libraryEffects(library!.update(input))
      case .reader:
        guard reader != nil else { return [] }
        return readerEffects(reader!.update(input))
      }
    case .library(let news):
      for item in news { library?.record(item) }
      return []
    case .load(let news):
      return news.flatMap { load($0) }
    case .articleOpened(let item, var opened, let passage):
      _ = opened.update(.resize(width: size.width, height: size.height))
      opened.quitAction = "back"
      if let passage { opened.show(passage: passage) }
      reader = opened
      openItem = item
      screen = .reader
      return []
    case .newsRefresh(let news):
      return news.flatMap { refreshed($0) }
    case .libraryRefused(let message):
      library?.message = message
      return []
    case .messageRead:
      reader?.messages.markRead()
      return []
    case .chores(let news):
      for item in news {
        switch item {
        case .wrapped(let layout, let length): reader?.showWrapped(layout, ofLength: length)
        case .searched(let search, let matches, let length): reader?.showSearchResults(matches, for: search, ofLength: length)
        case .stances(let request, let stances): reader?.showStances(stances, for: request)
        }
      }
      return []
    }
  }

  /// The background work the reader wants that it has not asked for yet: a wrap, a whole-text
  /// search or the stances on a chosen topic when it comes to want one (or wants one still once a result arrived, which may have
  /// been for an older request), and the shape a loading article is to be wrapped to.
  private mutating func readerWork(resultArrived: Bool) -> [AppEffect] {
    let work = reader.map(ReaderWork.init)
    defer { askedFor = work }
    guard let work else { return [] }
    var effects: [AppEffect] = []
    if let shape = work.body, resultArrived || shape != askedFor?.body { effects.append(.wrapBody(shape)) }
    if let search = work.search, resultArrived || search != askedFor?.search { effects.append(.searchWholeText(search)) }
    if let request = work.stances, resultArrived || request != askedFor?.stances { effects.append(.findStances(request)) }
    if let shape = work.loadShape, shape != askedFor?.loadShape { effects.append(.shapeLoadedBody(shape)) }
    return effects
  }

  /// What the library's own effect means: opening an article, going back to the one an
  /// actor's page was opened from, or quitting.
  private mutating func libraryEffects(_ effect: LibraryEffect?) -> [AppEffect] {
    switch effect {
    case nil: return []
    case .quit: return [.quit]
    case .open(let item, let passage):
      let marked = library?.markOpened(item) == true
      return (marked ? [.setRead(item: item, isRead: true)] : []) + [.openArticle(item: item, passage: passage)]
    case .resumeArticle:
      if reader != nil { screen = .reader }
      return []
    case .setRead(let item, let isRead): return [.setRead(item: item, isRead: isRead)]
    case .refresh: return [.refreshNews]
    }
  }

  /// The background refresh moving on; once done, the list is made anew from the store, at
  /// once when it is on screen, else when the reader closes.
  private mutating func refreshed(_ news: NewsRefresh.News) -> [AppEffect] {
    library?.recordRefresh(news)
    guard case .finished(_, let stored, let marks) = news else { return [] }
    pendingReload = (stored, marks)
    return reloadIfShown()
  }

  /// Makes the list anew from the refreshed news when the list is what is on screen.
  private mutating func reloadIfShown() -> [AppEffect] {
    guard screen == .library, library?.screen == .articles, let (stored, marks) = pendingReload else { return [] }
    pendingReload = nil
    library?.reload(stored, readMarks: marks)
    return [.reloadLibrary]
  }

  /// What the reader's own effect means: quitting goes back to the library when the article
  /// came from one (which counts its notes again); `@` shows an actor across the library.
  private mutating func readerEffects(_ effect: ReaderEffect?) -> [AppEffect] {
    guard let effect else { return [] }
    switch effect {
    case .quit:
      guard library != nil, let item = openItem, let notes = reader?.notes.anchored.count else { return [.quit] }
      library?.setNoteCount(notes, of: item)
      reader = nil
      openItem = nil
      screen = .library
      return [.closeArticle] + reloadIfShown()
    case .followActor(let entity):
      guard library != nil, let item = openItem else {
        reader?.say(StatusMessage("@ follows actors across a library: open a folder or several articles", isError: true))
        return []
      }
      if let problem = library?.showActor(item: item, entity: entity) {
        reader?.say(problem)
      } else {
        screen = .library
      }
      return []
    default:
      return [.reader(effect)]
    }
  }

  /// A long article's background load moving on; once it is whole, its notes file opens.
  private mutating func load(_ news: BackgroundLoad.News) -> [AppEffect] {
    switch news {
    case .progress(let stage): reader?.showLoading(stage)
    case .annotatedSoFar(let document): reader?.showAnnotationsSoFar(document)
    case .wholeText(let document, let body): reader?.showWholeText(document, body: body)
    case .failed(let problem): reader?.failLoading(problem)
    case .finished(let loaded):
      reader?.finishLoading(loaded)
      return [.openNotes]
    }
    return []
  }
}
