import GlossCore

/// What the program around the library view must do after an event.
public enum LibraryEffect: Equatable, Sendable {
  case quit
  /// Open library item `item` in the reader, showing `passage` (a quote's or a stance's words)
  /// when given.
  case open(item: Int, passage: Span?)
  /// Go back to the article the actor's page was opened from.
  case resumeArticle
  /// The news library: store that item `item` is read (or unread).
  case setRead(item: Int, isRead: Bool)
  /// The news library: refresh every feed in the background.
  case refresh
}
