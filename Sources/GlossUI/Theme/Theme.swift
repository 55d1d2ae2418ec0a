/// Named styles for everything the reader draws, looked up by dotted scope: `quote.current`
/// falls back to `quote`, then to nothing (the terminal's own colours).
public struct Theme: Sendable {
  public var name: String
  public var styles: [String: Style]
  /// The terminal background the theme is made for (`background = "light"` in its file).
  public var backdrop: Backdrop

  public init(name: String, styles: [String: Style], backdrop: Backdrop = .dark) {
    self.name = name
    self.styles = styles
    self.backdrop = backdrop
  }

  /// The style of `scope`, or of its nearest parent scope that has one.
  public func style(_ scope: String) -> Style {
    var scope = Substring(scope)
    while true {
      if let style = styles[String(scope)] { return style }
      guard let dot = scope.lastIndex(of: ".") else { return .plain }
      scope = scope[..<dot]
    }
  }

  /// The theme used when no theme file can be found or read: ANSI colours and attributes only,
  /// so it works on any terminal.
  public static let builtin: Theme = {
    var styles: [String: Style] = [
      "ui.title": Style(attributes: [.bold, .reverse]),
      "ui.status": Style(attributes: [.reverse]),
      "ui.status.error": Style(foreground: .ansi(1), attributes: [.bold, .reverse]),
      "ui.pane": Style(attributes: [.dim]),
      "ui.pane.focused": Style(attributes: [.bold, .reverse]),
      "ui.heading": Style(attributes: [.bold]),
      "ui.dim": Style(attributes: [.dim]),
      "ui.selection": Style(attributes: [.reverse]),
      "ui.help": Style(attributes: [.reverse]),
      "heading": Style(attributes: [.bold]),
      "quote": Style(attributes: [.italic]),
      "quote.current": Style(attributes: [.underline, .bold]),
      "search.match": Style(attributes: [.reverse]),
      "note": Style(attributes: [.underline]),
      "note.current": Style(attributes: [.underline, .bold]),
      "note.marker": Style(attributes: [.bold]),
      "stance": Style(attributes: [.underline]),
      "stance.support": Style(foreground: .ansi(2), attributes: [.underline]),
      "stance.oppose": Style(foreground: .ansi(1), attributes: [.underline]),
    ]
    for slot in 1...ActorPalette.slotCount {
      styles["actor.\(slot)"] = Style(foreground: .ansi((slot - 1) % 6 + 1), attributes: [.italic])
    }
    return Theme(name: "builtin", styles: styles)
  }()
}
