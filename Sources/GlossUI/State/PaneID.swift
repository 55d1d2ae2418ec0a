/// The panes of the reader, numbered as the `1`–`5` keys reach them.
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
  case body = 1
  case quotes
  case entities
  case sources
  case stances

  /// The side panes, in the order they are stacked and tabbed.
  public static let side: [PaneID] = [.quotes, .entities, .sources, .stances]

  public var title: String {
    switch self {
    case .body: return "Article"
    case .quotes: return "Quotes"
    case .entities: return "Entities"
    case .sources: return "Sources"
    case .stances: return "Stances"
    }
  }

  /// A three-letter title for tabs that do not fit otherwise.
  public var shortTitle: String { String(title.prefix(3)) }

  /// The pane after this one for `Tab` (wrapping), or before it for `Shift-Tab`.
  func cycled(by step: Int) -> PaneID {
    let all = PaneID.allCases
    return all[(all.firstIndex(of: self)! + step + all.count) % all.count]
  }
}

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
