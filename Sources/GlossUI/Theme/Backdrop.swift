/// The terminal background a theme is made for. Themes keep the terminal's own background, so
/// colours fitted to few colours must not fall to it: text drawn in the background's colour
/// vanishes.
public enum Backdrop: String, Sendable {
  case dark
  case light

  /// The ANSI colour the terminal's background most likely is.
  var background: Int { self == .dark ? 0 : 15 }

  /// The ANSI colour the terminal's own text most likely is.
  var foreground: Int { self == .dark ? 7 : 0 }
}
