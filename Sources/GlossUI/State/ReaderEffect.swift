/// What the program around the reader must do after an event.
public enum ReaderEffect: Hashable, Sendable {
  case quit
  /// Load the theme with this name or path and draw with it.
  case loadTheme(String)
}
