import GlossCore

/// What the terminal program must do after ``AppState/update(_:)``: what the pure state cannot
/// (files, the terminal, other programs).
public enum AppEffect: Equatable, Sendable {
  case quit
  /// Read library item `item`'s article for the reader, then send
  /// ``AppEvent/articleOpened(item:reader:passage:)`` (or `libraryRefused`).
  case openArticle(item: Int, passage: Span?)
  /// The open article is closed: let go of its notes file and background work.
  case closeArticle
  /// The long article has loaded whole: open its notes file.
  case openNotes
  /// What the reader asked for: save or export notes, load a theme, open a link.
  case reader(ReaderEffect)
  /// Wrap the long article's body to this shape in the background (``ReaderChores``).
  case wrapBody(BodyShape)
  /// Search the long article's whole text in the background (``ReaderChores``).
  case searchWholeText(WholeSearch)
  /// Find the stances on an entity of the reader's article in the background (``ReaderChores``).
  case findStances(StanceRequest)
  /// The long article still loading is to be wrapped to this shape when it is whole.
  case shapeLoadedBody(BodyShape)
  /// The news library: store that library item `item` is read (or unread).
  case setRead(item: Int, isRead: Bool)
  /// The news library: refresh every feed in the background (``NewsRefresh``).
  case refreshNews
  /// The library's list was made anew: read its articles again in the background.
  case reloadLibrary
}
