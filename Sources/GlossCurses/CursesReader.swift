import GlossUI

/// Runs the reader in the terminal until the user quits: draws the state, waits for an event or
/// for news of the background load, updates the state, and carries out what the update asks for
/// (quitting, loading a theme, saving notes, exporting them, opening a link with the terminal
/// handed back meanwhile).
@MainActor
public struct CursesReader {
  public var state: ReaderState
  public var theme: Theme
  public let themes: ThemeLoader
  /// Opens the article's notes into the state: at once, or when a long article has loaded.
  private let openNotes: (inout ReaderState) -> NotesKeeper
  /// The notes file, once the whole article is there.
  public private(set) var notes: NotesKeeper?
  /// Loads a long article whole while the state shows its preview; nil for a short article.
  private let loading: BackgroundLoad?
  /// Wraps a long article's body again when the terminal is resized, and searches its whole
  /// text on Enter.
  private let chores = ReaderChores()

  public init(
    state: ReaderState, theme: Theme, themes: ThemeLoader, loading: BackgroundLoad? = nil,
    openNotes: @escaping (inout ReaderState) -> NotesKeeper
  ) {
    self.state = state
    self.theme = theme
    self.themes = themes
    self.loading = loading
    self.openNotes = openNotes
  }

  /// Takes over the terminal and returns when the user quits, the terminal restored. Throws
  /// before changing anything if there is no usable terminal. Quitting does not wait for the
  /// background load: it is cancelled and left to end with the process. The load starts once
  /// the first screen is drawn, so as not to slow it down.
  public mutating func run(environment: [String: String]) throws {
    let screen = CursesScreen()
    try screen.start(environment: environment)
    defer {
      loading?.cancel()
      screen.stop()
    }
    _ = run(on: screen, environment: environment, inLibrary: false)
  }

  /// Runs the reader on a started screen until the user quits it, or (`inLibrary`) asks for an
  /// actor across the library; the state, notes and theme are kept for running it again.
  /// Outside a library, `@` just says what it would do.
  mutating func run(on screen: CursesScreen, environment: [String: String], inLibrary: Bool) -> ReaderExit {
    if loading == nil, notes == nil { notes = openNotes(&state) }
    let size = screen.size
    _ = state.update(.resize(width: size.width, height: size.height))
    var messageTimer = MessageTimer()
    while true {
      loading?.shapeBody(width: state.textWidth, expanded: state.wantedBody?.expanded ?? state.body.isExpanded)
      chores.start(for: state)
      screen.draw(ReaderView(state: state, theme: theme).render(), backdrop: theme.backdrop)
      if let loading, !loading.hasStarted { loading.start() }
      let deadline = messageTimer.deadline(for: state.messages, now: .now)
      switch screen.nextInput(wake: [loading?.wakeDescriptor] + chores.wakeDescriptors, until: deadline) {
      case nil: return .quit
      case .timeout: state.messages.markRead()
      case .wake:
        takeNews()
        chores.deliver(to: &state)
      case .event(let event):
        guard let effect = state.update(event) else { continue }
        switch effect {
        case .quit: return .quit
        case .followActor(let entity) where inLibrary: return .followActor(entity: entity)
        case .followActor:
          state.say(StatusMessage("@ follows actors across a library: open a folder or several articles", isError: true))
        default: carryOut(effect, screen: screen, environment: environment)
        }
      }
    }
  }

  private mutating func takeNews() {
    for news in loading?.takeNews() ?? [] {
      switch news {
      case .progress(let stage): state.showLoading(stage)
      case .annotatedSoFar(let document): state.showAnnotationsSoFar(document)
      case .wholeText(let document, let body): state.showWholeText(document, body: body)
      case .failed(let problem): state.failLoading(problem)
      case .finished(let loaded):
        state.finishLoading(loaded)
        notes = openNotes(&state)
      }
    }
  }

  private mutating func carryOut(_ effect: ReaderEffect, screen: CursesScreen, environment: [String: String]) {
    switch effect {
    case .quit, .followActor: break
    case .loadTheme(let name): switchTheme(to: name)
    case .saveNote(let change): notes?.save(change, in: &state)
    case .exportNotes(let path, let format):
      if let notes {
        notes.export(to: path, as: format, in: &state)
      } else {
        state.say(StatusMessage("The article is still loading: its notes are not open yet", isError: true))
      }
    case .openLink(let url):
      screen.suspend()
      state.say(LinkOpening.open(url, environment: environment))
      screen.resume()
    }
  }

  private mutating func switchTheme(to name: String) {
    do {
      theme = try themes.loadExactly(name)
      state.say(StatusMessage("theme: \(theme.name)"))
    } catch {
      state.say(StatusMessage(error.description, isError: true))
    }
  }
}

/// How a run of the reader ended.
enum ReaderExit: Equatable {
  /// `q`: the reader is done.
  case quit
  /// `@` in a library: show the actor of this entity, then come back to the reader.
  case followActor(entity: String)
}
