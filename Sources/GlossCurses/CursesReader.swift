import GlossUI

/// Runs the reader in the terminal until the user quits: draws the state, reads an event,
/// updates the state, and carries out what the update asks for (quitting, loading a theme,
/// saving notes, exporting them, opening a link with the terminal handed back meanwhile).
@MainActor
public struct CursesReader {
  public var state: ReaderState
  public var theme: Theme
  public let themes: ThemeLoader
  public let notes: NotesKeeper

  public init(state: ReaderState, theme: Theme, themes: ThemeLoader, notes: NotesKeeper) {
    self.state = state
    self.theme = theme
    self.themes = themes
    self.notes = notes
  }

  /// Takes over the terminal and returns when the user quits, the terminal restored. Throws
  /// before changing anything if there is no usable terminal.
  public mutating func run(environment: [String: String]) throws {
    let screen = CursesScreen()
    try screen.start(environment: environment)
    defer { screen.stop() }
    let size = screen.size
    _ = state.update(.resize(width: size.width, height: size.height))
    while true {
      screen.draw(ReaderView(state: state, theme: theme).render())
      guard let event = screen.nextEvent() else { return }
      switch state.update(event) {
      case .quit: return
      case .loadTheme(let name): switchTheme(to: name)
      case .saveNote(let change): notes.save(change, in: &state)
      case .exportNotes(let path): notes.export(to: path, in: &state)
      case .openLink(let url):
        screen.suspend()
        state.message = LinkOpening.open(url, environment: environment)
        screen.resume()
      case nil: break
      }
    }
  }

  private mutating func switchTheme(to name: String) {
    do {
      theme = try themes.loadExactly(name)
      state.message = StatusMessage("theme: \(theme.name)")
    } catch {
      state.message = StatusMessage(error.description, isError: true)
    }
  }
}
