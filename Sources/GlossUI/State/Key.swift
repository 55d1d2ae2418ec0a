/// A key press, as the reader sees it once the backend has decoded it.
public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete

  /// The key a config file names: a single character, a name (`space`, `enter`, `esc`, `tab`,
  /// `backtab`, `up`, `down`, `left`, `right`, `pageup`, `pagedown`, `home`, `end`,
  /// `backspace`, `delete`), or `C-x` for a control character.
  public init?(name: String) {
    switch name.lowercased() {
    case "space": self = .character(" ")
    case "enter", "return", "ret": self = .enter
    case "esc", "escape": self = .escape
    case "tab": self = .tab
    case "backtab", "s-tab", "shift-tab": self = .backTab
    case "up": self = .up
    case "down": self = .down
    case "left": self = .left
    case "right": self = .right
    case "pageup", "pgup": self = .pageUp
    case "pagedown", "pgdn": self = .pageDown
    case "home": self = .home
    case "end": self = .end
    case "backspace", "bs": self = .backspace
    case "delete", "del": self = .delete
    default:
      if name.count == 1 {
        self = .character(Character(name))
      } else if name.count == 3, name.hasPrefix("C-"), let letter = name.last?.asciiValue,
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter | 0x20)
      {
        self = .character(Character(Unicode.Scalar((letter | 0x20) - 0x60)))
      } else {
        return nil
      }
    }
  }

  /// How the help overlay writes the key.
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character):
      if let value = character.asciiValue, value < 0x20 {
        return "C-" + String(Character(Unicode.Scalar(value + 0x60)))
      }
      return String(character)
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    }
  }
}
