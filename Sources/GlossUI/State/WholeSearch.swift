/// A search of a long article's whole text, which the reader waits for after Enter: the query,
/// and the offset the search started at, from which the first match is chosen.
public struct WholeSearch: Hashable, Sendable {
  public let query: String
  /// The text offset at the top of the body when the search started.
  public let from: Int
}
