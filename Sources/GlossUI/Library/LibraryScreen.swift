/// Which of the library's views is on screen.
public enum LibraryScreen: Equatable, Sendable {
  /// The articles, one a line.
  case articles
  /// The actors across the articles.
  case actors
  /// One actor: everything it said, and its stances by topic (``ActorPage``).
  case actor
}

/// What is open over the library's views.
public enum LibraryOverlay: Equatable, Sendable {
  case none
  /// The key help, scrolled down by a number of lines.
  case help(scroll: Int)
  /// The `/` filter being typed; `previous` is the filter Esc goes back to.
  case filter(text: String, previous: String)
}
