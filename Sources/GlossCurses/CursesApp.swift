import GlossCore
import GlossUI

/// Runs Gloss in the terminal until the user quits, for one article or a library: draws the
/// screen on top of the ``AppState``, waits for input or for news of background work, passes
/// both to the state's `update`, and carries out the effects it returns (reading an article of
/// the library, saving notes, loading a theme, opening a link with the terminal handed back).
/// Every decision is the state's; this is the part that needs a terminal.
@MainActor
public struct CursesApp {
  public var state: AppState
  public var theme: Theme
  public let themes: ThemeLoader
  /// Reads the library's articles in the background; nil for one article.
  private var libraryLoad: LibraryLoad?
  /// The news library's store, through the program; nil for any other.
  private let news: NewsHooks?
  /// The refresh of the news running in the background, if any.
  private var newsRefresh: NewsRefresh?
  /// The state and session for a library item's article, or why it cannot be read; nil for
  /// one article.
  private let openArticle: ((LibraryItem) -> Result<(ReaderState, ArticleSession), LibraryReadError>)?
  /// The open article's session.
  private var session: ArticleSession?
  private var messageTimer = MessageTimer()

  /// Gloss on one article, with its session.
  public init(reader: ReaderState, session: ArticleSession, theme: Theme, themes: ThemeLoader) {
    self.state = AppState(reader: reader)
    self.session = session
    self.theme = theme
    self.themes = themes
    self.libraryLoad = nil
    self.openArticle = nil
    self.news = nil
  }

  /// Gloss on a library, reading its articles with `load`, opening one with `openArticle`;
  /// with `news`, the news library.
  public init(
    library: LibraryState, load: LibraryLoad, theme: Theme, themes: ThemeLoader, news: NewsHooks? = nil,
    openArticle: @escaping (LibraryItem) -> Result<(ReaderState, ArticleSession), LibraryReadError>
  ) {
    self.state = AppState(library: library)
    self.theme = theme
    self.themes = themes
    self.libraryLoad = load
    self.openArticle = openArticle
    self.news = news
  }

  /// Takes over the terminal and returns when the user quits, the terminal restored. Throws
  /// before changing anything if there is no usable terminal. Background work starts once the
  /// first screen is drawn, and so do the annotation and the notes of an article opened whole;
  /// quitting cancels background work without waiting for it.
  public mutating func run(environment: [String: String]) throws {
    let screen = CursesScreen()
    try screen.start(environment: environment)
    defer {
      libraryLoad?.cancel()
      newsRefresh?.cancel()
      session?.close()
      screen.stop()
    }
    var first = true
    while true {
      let size = screen.size
      if first || size != state.size {
        _ = carryOut(state.update(.input(.resize(width: size.width, height: size.height))), screen: screen, environment: environment)
        first = false
      }
      draw(on: screen)
      if state.screen == .reader, let session, state.reader != nil, session.finishOpening(in: &state.reader!) { continue }
      if let libraryLoad, !libraryLoad.hasStarted { libraryLoad.start() }
      if state.screen == .reader { session?.startLoading() }
      let deadline = state.screen == .reader ? state.reader.flatMap { messageTimer.deadline(for: $0.messages, now: .now) } : nil
      let wake = [libraryLoad?.wakeDescriptor, newsRefresh?.wakeDescriptor] + (session?.wakeDescriptors ?? [])
      let effects: [AppEffect]
      switch screen.nextInput(wake: wake, until: deadline) {
      case nil: return
      case .timeout: effects = state.update(.messageRead)
      case .wake: effects = takeNews()
      case .event(let event): effects = state.update(.input(event))
      }
      if carryOut(effects, screen: screen, environment: environment) { return }
    }
  }

  /// Draws the screen on top.
  private func draw(on screen: CursesScreen) {
    switch state.screen {
    case .library:
      if let library = state.library { screen.draw(LibraryView(state: library, theme: theme).render(), backdrop: theme.backdrop) }
    case .reader:
      if let reader = state.reader { screen.draw(ReaderView(state: reader, theme: theme).render(), backdrop: theme.backdrop) }
    }
  }

  /// The news of every background worker, passed to the state.
  private mutating func takeNews() -> [AppEffect] {
    var effects: [AppEffect] = []
    if let news = libraryLoad?.takeNews(), !news.isEmpty { effects += state.update(.library(news)) }
    if let news = newsRefresh?.takeNews(), !news.isEmpty {
      if news.contains(where: { if case .progress = $0 { false } else { true } }) { newsRefresh = nil }
      effects += state.update(.newsRefresh(news))
    }
    if let session {
      if let news = session.loading?.takeNews(), !news.isEmpty { effects += state.update(.load(news)) }
      let done = session.chores.take()
      if !done.isEmpty { effects += state.update(.chores(done)) }
    }
    return effects
  }

  /// Carries out `effects`, and those their results lead to; true when Gloss is to quit.
  private mutating func carryOut(_ effects: [AppEffect], screen: CursesScreen, environment: [String: String]) -> Bool {
    var pending = effects
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      switch effect {
      case .quit: return true
      case .openArticle(let item, let passage):
        guard let openArticle, let library = state.library, library.items.indices.contains(item) else { continue }
        switch openArticle(library.items[item]) {
        case .success(let (reader, opened)):
          session = opened
          pending += state.update(.articleOpened(item: item, reader: reader, passage: passage))
          if opened.loading == nil, state.reader != nil { opened.openNotes(in: &state.reader!) }
        case .failure(let error):
          pending += state.update(.libraryRefused(StatusMessage(error.message, isError: true)))
        }
      case .closeArticle:
        session?.close()
        session = nil
      case .openNotes:
        if let session, state.reader != nil { session.openNotes(in: &state.reader!) }
      case .reader(let wanted):
        carryOut(wanted, screen: screen, environment: environment)
      case .wrapBody(let shape):
        if let document = state.reader?.document { session?.chores.wrap(shape, of: document) }
      case .searchWholeText(let search):
        if let document = state.reader?.document { session?.chores.search(search, in: document) }
      case .findStances(let request):
        if let document = state.reader?.document { session?.chores.findStances(request, in: document) }
      case .shapeLoadedBody(let shape):
        session?.loading?.shapeBody(width: shape.width, expanded: shape.expanded)
      case .setRead(let item, let isRead):
        guard let news, let library = state.library, library.items.indices.contains(item) else { continue }
        if let problem = news.setRead(library.items[item], isRead) {
          pending += state.update(.libraryRefused(StatusMessage(problem, isError: true)))
        }
      case .refreshNews:
        if newsRefresh == nil { newsRefresh = news?.refresh() }
      case .reloadLibrary:
        guard let news, let items = state.library?.items else { continue }
        libraryLoad?.cancel()
        libraryLoad = news.load(items)
      }
    }
    return false
  }

  /// Carries out what the reader asked for.
  private mutating func carryOut(_ effect: ReaderEffect, screen: CursesScreen, environment: [String: String]) {
    guard state.reader != nil else { return }
    switch effect {
    case .quit, .followActor: break
    case .loadTheme(let name):
      do {
        theme = try themes.loadExactly(name)
        state.reader!.say(StatusMessage("theme: \(theme.name)"))
      } catch {
        state.reader!.say(StatusMessage(error.description, isError: true))
      }
    case .saveNote(let change): session?.notes?.save(change, in: &state.reader!)
    case .exportNotes(let path, let format):
      if let notes = session?.notes {
        notes.export(to: path, as: format, in: &state.reader!)
      } else {
        state.reader!.say(StatusMessage("The article is still loading: its notes are not open yet", isError: true))
      }
    case .openLink(let url):
      screen.suspend()
      state.reader!.say(LinkOpening.open(url, environment: environment))
      screen.resume()
    }
  }
}
