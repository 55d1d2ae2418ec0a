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

  /// The style fitted to a terminal of `depth` colours.
  public func fitted(to depth: ColorDepth) -> Style {
    Style(
      foreground: foreground?.fitted(to: depth), background: background?.fitted(to: depth),
      attributes: attributes)
  }
}
