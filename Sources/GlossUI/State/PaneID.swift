/// The panes of the reader, numbered as the `1`–`6` keys reach them.
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
  case body = 1
  case quotes
  case entities
  case sources
  case stances
  case notes

  /// The side panes, in the order they are stacked and tabbed.
  public static let side: [PaneID] = [.quotes, .entities, .sources, .stances, .notes]

  public var title: String {
    switch self {
    case .body: return "Article"
    case .quotes: return "Quotes"
    case .entities: return "Entities"
    case .sources: return "Sources"
    case .stances: return "Stances"
    case .notes: return "Notes"
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
