/// Which key does what, on each screen (``KeyScreen``): the defaults, with any actions the
/// config file rebinds.
public struct KeyMap: Sendable {
  private var actions: [KeyScreen: [Key: Action]] = [:]
  /// Each action's keys in the order they were bound (the help lists the first one first).
  private var bindings: [Action: [Key]] = [:]

  /// The default bindings (less and vim conventions).
  public static let standard: KeyMap = {
    var map = KeyMap()
    let defaults: [(Action, [Key])] = [
      (.down, [.character("j"), .down]),
      (.up, [.character("k"), .up]),
      (.pageDown, [.character(" "), .pageDown, .character("\u{06}")]),
      (.pageUp, [.character("b"), .pageUp, .character("\u{02}")]),
      (.top, [.character("g"), .home]),
      (.bottom, [.character("G"), .end]),
      (.focusNext, [.tab, .right]),
      (.focusPrevious, [.backTab, .left]),
      (.focusBody, [.character("1")]),
      (.focusQuotes, [.character("2")]),
      (.focusEntities, [.character("3")]),
      (.focusSources, [.character("4")]),
      (.focusStances, [.character("5")]),
      (.focusNotes, [.character("6")]),
      (.nextQuote, [.character("]")]),
      (.previousQuote, [.character("[")]),
      (.nextNote, [.character("}")]),
      (.previousNote, [.character("{")]),
      (.select, [.character("v")]),
      (.addNote, [.character("a")]),
      (.highlight, [.character("h")]),
      (.addTags, [.character("t")]),
      (.editNote, [.character("e")]),
      (.deleteNote, [.character("d")]),
      (.undoDelete, [.character("u")]),
      (.markStance, [.character("S")]),
      (.chooseTopic, [.character("T")]),
      (.activate, [.enter]),
      (.search, [.character("/")]),
      (.searchNext, [.character("n")]),
      (.searchPrevious, [.character("N")]),
      (.cycleHighlight, [.character("s")]),
      (.cycleAnnotations, [.character("A")]),
      (.openLink, [.character("o")]),
      (.listLinks, [.character("L")]),
      (.followActor, [.character("@")]),
      (.help, [.character("?")]),
      (.command, [.character(":")]),
      (.close, [.escape]),
      (.quit, [.character("q")]),
      (.sort, [.character("s")]),
      (.actors, [.character("A")]),
      (.toggleRead, [.character("r")]),
      (.refresh, [.character("R")]),
    ]
    for (action, keys) in defaults { map.bind(action, to: keys) }
    return map
  }()

  /// The action bound to `key` on `screen`, if any.
  public func action(for key: Key, on screen: KeyScreen = .reader) -> Action? { actions[screen]?[key] }

  /// The keys bound to `action`, in a stable order for the help overlay.
  public func keys(for action: Action) -> [Key] { bindings[action] ?? [] }

  /// How hints write the first key of each of `actions` ("a h t S"), leaving out unbound ones.
  public func labels(_ actions: Action...) -> String {
    actions.compactMap { keys(for: $0).first?.label }.joined(separator: " ")
  }

  /// A status-line hint, "? help  q quit": the first key of each action with what it does,
  /// leaving out actions no key is bound to.
  public func hint(_ entries: KeyValuePairs<Action, String>) -> String {
    entries.compactMap { action, what in keys(for: action).first.map { "\($0.label) \(what)" } }
      .joined(separator: "  ")
  }

  /// Binds `action` to exactly `keys`, replacing its previous keys; on each of the action's
  /// screens a key keeps only its newest action.
  public mutating func bind(_ action: Action, to keys: [Key]) {
    for screen in action.screens {
      for key in bindings[action] ?? [] where actions[screen]?[key] == action { actions[screen]?[key] = nil }
      for key in keys {
        if let previous = actions[screen]?[key] { bindings[previous]?.removeAll { $0 == key } }
        actions[screen, default: [:]][key] = action
      }
    }
    bindings[action] = keys
  }
}
