import GlossCore

/// Everything Gloss shows, and which screen is on top: a library's views (its list, its actors,
/// an actor's page) when Gloss opened a library, and the article open in the reader. One pure
/// ``update(_:)`` decides every move between screens; the terminal program draws the state and
/// carries out the ``AppEffect``s it returns (reading an article's file, saving notes, opening a
/// link), feeding what they give back in as ``AppEvent``s.
public struct AppState: Sendable {
  /// The library, when Gloss opened one.
  public var library: LibraryState?
  /// The article open in the reader, if any.
  public var reader: ReaderState?
  /// The library item the reader shows, when it was opened from the library.
  public internal(set) var openItem: Int?
  /// The screen on top.
  public internal(set) var screen: Screen
  /// The terminal's size, as the last resize said.
  public internal(set) var size: (width: Int, height: Int)
  /// The reader's background work as last asked for.
  var askedFor: ReaderWork?
  /// The news as the store holds it after a refresh, for the list once the reader is closed.
  var pendingReload: (library: Library, readMarks: [Bool])?

  /// Gloss on one article: the reader alone.
  public init(reader: ReaderState) {
    self.reader = reader
    self.screen = .reader
    self.size = (reader.layout.width, reader.layout.height)
  }

  /// Gloss on a library: its list first.
  public init(library: LibraryState) {
    self.library = library
    self.screen = .library
    self.size = (library.width, library.height)
  }
}

/// The screens Gloss shows, one at a time.
public enum Screen: Sendable, Equatable {
  /// The library's list, its actors or an actor's page.
  case library
  /// The article in the reader.
  case reader
}

/// The background work a reader's state wants: its body wrapped to another shape, its whole
/// text searched, the stances on a chosen topic, and (while it loads) the shape to wrap it to
/// once whole.
struct ReaderWork: Equatable, Sendable {
  var body: BodyShape?
  var search: WholeSearch?
  var stances: StanceRequest?
  var loadShape: BodyShape?

  init(_ state: ReaderState) {
    body = state.wantedBody
    search = state.wantedSearch
    stances = state.wantedStances
    loadShape =
      state.loading == nil ? nil : BodyShape(width: state.textWidth, expanded: state.wantedBody?.expanded ?? state.body.isExpanded)
  }
}
