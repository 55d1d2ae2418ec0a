/// What the body highlights, cycled by `s`.
public enum HighlightMode: CaseIterable, Sendable {
  /// Quotes in their speaker's colour, entity mentions by type.
  case actor
  /// Stance evidence by polarity, entity mentions by type.
  case stance
  /// Only the current quote and search matches.
  case off

  /// How the status line names the mode.
  public var label: String {
    switch self {
    case .actor: return "by actor"
    case .stance: return "by stance"
    case .off: return "no highlight"
    }
  }

  var next: HighlightMode {
    let all = HighlightMode.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}
