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
  case focusNotes = "focus_notes"
  case nextQuote = "next_quote"
  case previousQuote = "previous_quote"
  case nextNote = "next_note"
  case previousNote = "previous_note"
  case select
  case addNote = "add_note"
  case highlight
  case addTags = "add_tags"
  case editNote = "edit_note"
  case deleteNote = "delete_note"
  case undoDelete = "undo_delete"
  case markStance = "mark_stance"
  case chooseTopic = "choose_topic"
  case activate
  case search
  case searchNext = "search_next"
  case searchPrevious = "search_previous"
  case cycleHighlight = "cycle_highlight"
  case cycleAnnotations = "cycle_annotations"
  case openLink = "open_link"
  case listLinks = "list_links"
  case followActor = "follow_actor"
  case help
  case command
  case close
  case quit
  /// The library's list: the next order (library, date, source, quotes; for actors: quotes,
  /// articles, name).
  case sort
  /// The library's list: the actors across it, and back.
  case actors
  /// The news library: mark the selected item read, or unread again.
  case toggleRead = "toggle_read"
  /// The news library: refresh every feed in the background.
  case refresh

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
    case .focusNotes: return "focus notes"
    case .nextQuote: return "next quote (from anywhere)"
    case .previousQuote: return "previous quote"
    case .nextNote: return "next note (from anywhere)"
    case .previousNote: return "previous note"
    case .select: return "select from here (then w b ) ( } { j k)"
    case .addNote: return "write a note on the selection or quote"
    case .highlight: return "highlight the selection or quote"
    case .addTags: return "tag the selection, quote or note"
    case .editNote: return "edit the note (notes pane)"
    case .deleteNote: return "delete the note (notes pane)"
    case .undoDelete: return "bring back the last deleted note"
    case .markStance: return "mark a stance: ACTOR: POLARITY [TARGET]"
    case .chooseTopic: return "stances on another topic (stances pane)"
    case .activate: return "jump to item; unfold publisher text"
    case .search: return "search (incremental)"
    case .searchNext: return "next match"
    case .searchPrevious: return "previous match"
    case .cycleHighlight: return "highlight: actor / stance / off"
    case .cycleAnnotations: return "annotations: file+auto / file / auto"
    case .openLink: return "open the link on screen ($BROWSER)"
    case .listLinks: return "list the links (Enter or o opens one)"
    case .followActor: return "the entity or speaker across the library (gloss DIR)"
    case .help: return "this help"
    case .command: return "command (:theme NAME, :export FILE, :w FILE, :q)"
    case .close: return "close help, prompt or search"
    case .quit: return "quit"
    case .sort: return "sort the list: library order / date / source / quotes"
    case .actors: return "the actors across the library (again: back)"
    case .toggleRead: return "news: mark the item read / unread"
    case .refresh: return "news: refresh every feed in the background"
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
    case .focusNotes: return .notes
    default: return nil
    }
  }
}

/// Where an action's keys work: a key may do one thing in the reader and another in the
/// library's list (`s` sorts the list and cycles the reader's highlighting).
public enum KeyScreen: Sendable, CaseIterable {
  case reader
  case library
}

extension Action {
  /// The screens whose keys the action takes.
  public var screens: [KeyScreen] {
    switch self {
    case .down, .up, .pageDown, .pageUp, .top, .bottom, .activate, .search, .help, .close, .quit:
      return [.reader, .library]
    case .sort, .actors, .toggleRead, .refresh:
      return [.library]
    default:
      return [.reader]
    }
  }
}
