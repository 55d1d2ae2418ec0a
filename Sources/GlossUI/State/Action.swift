/// What a key does, named as the config file's `[keys]` table names it.
public enum Action: String, CaseIterable, Sendable {
  case down
  case up
  case pageDown = "page_down"
  case pageUp = "page_up"
  case top
  case bottom
  case focusNext = "focus_next"
  case focusPrevious = "focus_previous"
  case focusBody = "focus_body"
  case focusQuotes = "focus_quotes"
  case focusEntities = "focus_entities"
  case focusSources = "focus_sources"
  case focusStances = "focus_stances"
  case nextQuote = "next_quote"
  case previousQuote = "previous_quote"
  case activate
  case search
  case searchNext = "search_next"
  case searchPrevious = "search_previous"
  case cycleHighlight = "cycle_highlight"
  case help
  case command
  case close
  case quit

  /// One line for the help overlay.
  public var summary: String {
    switch self {
    case .down: return "scroll down / next item"
    case .up: return "scroll up / previous item"
    case .pageDown: return "page down"
    case .pageUp: return "page up"
    case .top: return "go to the top"
    case .bottom: return "go to the bottom"
    case .focusNext: return "focus the next pane"
    case .focusPrevious: return "focus the previous pane"
    case .focusBody: return "focus the article"
    case .focusQuotes: return "focus quotes"
    case .focusEntities: return "focus entities"
    case .focusSources: return "focus sources"
    case .focusStances: return "focus stances"
    case .nextQuote: return "next quote (from anywhere)"
    case .previousQuote: return "previous quote"
    case .activate: return "jump to item; unfold publisher text"
    case .search: return "search (incremental)"
    case .searchNext: return "next match"
    case .searchPrevious: return "previous match"
    case .cycleHighlight: return "highlight: actor / stance / off"
    case .help: return "this help"
    case .command: return "command (:theme NAME, :q)"
    case .close: return "close help, prompt or search"
    case .quit: return "quit"
    }
  }

  /// The pane a focus action goes to.
  var focusTarget: PaneID? {
    switch self {
    case .focusBody: return .body
    case .focusQuotes: return .quotes
    case .focusEntities: return .entities
    case .focusSources: return .sources
    case .focusStances: return .stances
    default: return nil
    }
  }
}
