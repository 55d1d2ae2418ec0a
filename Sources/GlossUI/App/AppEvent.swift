import GlossCore

/// What reaches ``AppState/update(_:)``: the user's input, news from background work, and the
/// results of the effects the terminal program carried out.
public enum AppEvent: Sendable {
  /// A key, a click or wheel notch, or a resize: for the screen on top (a resize for every one).
  case input(Event)
  /// News from the reading of the library's articles.
  case library([LibraryLoad.News])
  /// News from a long article's background load.
  case load([BackgroundLoad.News])
  /// A long article's body wrapped again, its whole text searched, or the stances on a chosen
  /// topic found.
  case chores([ReaderChores.News])
  /// The article of a library item, read for ``AppEffect/openArticle(item:passage:)``, with
  /// the passage to show.
  case articleOpened(item: Int, reader: ReaderState, passage: Span?)
  /// Why something asked of the library could not be done: an item's article not read, its
  /// read mark not stored.
  case libraryRefused(StatusMessage)
  /// News from the background refresh of the news.
  case newsRefresh([NewsRefresh.News])
  /// The message on the status line has been on screen long enough to read.
  case messageRead
}
