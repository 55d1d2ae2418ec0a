import GlossCore

/// What the program around the library view must do after an event.
public enum LibraryEffect: Equatable, Sendable {
  case quit
  /// Open library item `item` in the reader, showing `passage` (a quote's or a stance's words)
  /// when given.
  case open(item: Int, passage: Span?)
  /// Go back to the article the actor's page was opened from.
  case resumeArticle
}
