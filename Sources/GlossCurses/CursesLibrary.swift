import GlossCore
import GlossUI

/// Runs a library in the terminal until the user quits its list: draws the library's state,
/// waits for an event or for news of the background reading, and opens articles in the reader
/// on the same screen (`q` there comes back to the list, at the same row; `@` there shows an
/// actor's page over the article, and `q` on that page returns to the article).
@MainActor
public struct CursesLibrary {
  public var state: LibraryState
  public var theme: Theme
  /// Reads every article in the background, filling in the list and indexing the actors.
  private let load: LibraryLoad
  /// The reader for a library item, or why the item cannot be read.
  private let openArticle: (Int) -> Result<CursesReader, LibraryReadError>
  /// The article open (the item and its reader), kept while an actor's page is shown over it.
  private var article: (item: Int, reader: CursesReader)?

  public init(
    state: LibraryState, theme: Theme, load: LibraryLoad,
    openArticle: @escaping (Int) -> Result<CursesReader, LibraryReadError>
  ) {
    self.state = state
    self.theme = theme
    self.load = load
    self.openArticle = openArticle
  }

  /// Takes over the terminal and returns when the user quits, the terminal restored. Throws
  /// before changing anything if there is no usable terminal. The background reading starts
  /// once the first screen is drawn; quitting cancels it and does not wait for it.
  public mutating func run(environment: [String: String]) throws {
    let screen = CursesScreen()
    try screen.start(environment: environment)
    defer {
      load.cancel()
      screen.stop()
    }
    while true {
      let size = screen.size
      if size != (state.width, state.height) { _ = state.update(.resize(width: size.width, height: size.height)) }
      screen.draw(LibraryView(state: state, theme: theme).render(), backdrop: theme.backdrop)
      if !load.hasStarted { load.start() }
      switch screen.nextInput(wake: [load.wakeDescriptor]) {
      case nil: return
      case .timeout: continue  // the library's messages go with the next key
      case .wake: for news in load.takeNews() { state.record(news) }
      case .event(let event):
        switch state.update(event) {
        case nil: continue
        case .quit: return
        case .open(let item, let passage): open(item, at: passage, on: screen, environment: environment)
        case .resumeArticle: read(on: screen, environment: environment)
        }
      }
    }
  }

  /// Opens library item `item` in the reader, at `passage` when given.
  private mutating func open(_ item: Int, at passage: Span?, on screen: CursesScreen, environment: [String: String]) {
    switch openArticle(item) {
    case .failure(let error):
      state.message = StatusMessage(error.message, isError: true)
    case .success(var reader):
      reader.theme = theme
      reader.state.quitAction = "back"
      if let passage { reader.state.show(passage: passage) }
      article = (item, reader)
      read(on: screen, environment: environment)
    }
  }

  /// Runs the open article's reader until it quits (back to the library, which counts its
  /// notes again) or asks for an actor (its page opens; the reader is kept to come back to).
  private mutating func read(on screen: CursesScreen, environment: [String: String]) {
    while let (item, current) = article {
      var reader = current
      let exit = reader.run(on: screen, environment: environment, inLibrary: true)
      theme = reader.theme
      switch exit {
      case .quit:
        state.setNoteCount(reader.state.notes.anchored.count, of: item)
        article = nil
        return
      case .followActor(let entity):
        if let problem = state.showActor(item: item, entity: entity) {
          reader.state.say(problem)
          article = (item, reader)
        } else {
          article = (item, reader)
          return
        }
      }
    }
  }
}
