/// Text attributes a terminal can show without colour.
public struct Attributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = Attributes(rawValue: 1 << 0)
  public static let dim = Attributes(rawValue: 1 << 1)
  public static let italic = Attributes(rawValue: 1 << 2)
  public static let underline = Attributes(rawValue: 1 << 3)
  public static let reverse = Attributes(rawValue: 1 << 4)

  /// The attribute a theme calls `name` (helix's modifier names).
  public init?(name: String) {
    switch name {
    case "bold": self = .bold
    case "dim": self = .dim
    case "italic": self = .italic
    case "underlined", "underline": self = .underline
    case "reversed", "reverse": self = .reverse
    default: return nil
    }
  }
}

/// How one cell looks: foreground, background (nil keeps the terminal's own) and attributes.
public struct Style: Hashable, Sendable {
  public var foreground: Color?
  public var background: Color?
  public var attributes: Attributes

  public init(foreground: Color? = nil, background: Color? = nil, attributes: Attributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  public static let plain = Style()

  /// This style with `other` laid over it: its colours where it has them, attributes combined.
  public func patched(with other: Style) -> Style {
    Style(
      foreground: other.foreground ?? foreground, background: other.background ?? background,
      attributes: attributes.union(other.attributes))
  }

  /// The style fitted to a terminal of `depth` colours whose background is `backdrop`. When
  /// the text's colour comes out the same as what is behind it (a colour fill, else the
  /// terminal's background), the text takes the terminal's own text colour, or the opposite of
  /// the fill, so fitting never hides it.
  public func fitted(to depth: ColorDepth, on backdrop: Backdrop) -> Style {
    var fitted = Style(
      foreground: foreground?.fitted(to: depth), background: background?.fitted(to: depth),
      attributes: attributes)
    let reversed = attributes.contains(.reverse)
    guard let text = reversed ? fitted.background : fitted.foreground else { return fitted }
    let fill = reversed ? fitted.foreground : fitted.background
    guard Self.sameOnScreen(text, fill ?? .ansi(backdrop.background), depth: depth) else { return fitted }
    let readable: Color? = fill.map { Self.isDark($0) ? .ansi(7) : .ansi(0) }
    if reversed { fitted.background = readable ?? .ansi(backdrop.foreground) } else { fitted.foreground = readable }
    return fitted
  }

  /// Whether two fitted colours show as the same colour: the same ANSI colour (8 and 0, or 15
  /// and 7, are one on 8 colours), or the same entry.
  static func sameOnScreen(_ a: Color, _ b: Color, depth: ColorDepth) -> Bool {
    switch (a, b) {
    case (.ansi(let x), .ansi(let y)): return depth == .ansi8 ? x % 8 == y % 8 : x == y
    default: return a == b
    }
  }

  /// Whether a colour is darker than middle grey.
  static func isDark(_ color: Color) -> Bool {
    let (red, green, blue) = color.components
    return 299 * red + 587 * green + 114 * blue < 128_000
  }
}
