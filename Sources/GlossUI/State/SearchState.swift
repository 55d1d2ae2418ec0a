import GlossCore

/// The last search: its text, where it matched, and the match being shown.
public struct SearchState: Hashable, Sendable {
  public var query = ""
  public var matches: [Span] = []
  public var current: Int?
  /// True while the query is typed into a long article: `matches` then holds only those in the
  /// text after where the search started (``TextSearch/typingWindow``); Enter searches it all.
  public var isPartial = false
  /// Whether the matches are drawn and the search named in the status line: Esc with nothing
  /// open hides them and keeps the search (as vim's `:nohlsearch`); `n` and `N` show them again.
  public var isMarked = true
  /// The body's top row and search before the prompt opened, restored by Esc.
  var origin: Origin?

  struct Origin: Hashable, Sendable {
    var bodyTop: Int
    var query: String
    var matches: [Span]
    var current: Int?
    var isPartial: Bool
    /// The search of the whole text the reader was waiting for.
    var wanted: WholeSearch?

    /// The search as it was.
    var restored: SearchState { SearchState(query: query, matches: matches, current: current, isPartial: isPartial) }
  }
}
