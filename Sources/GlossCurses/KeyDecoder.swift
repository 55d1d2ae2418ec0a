import CNCursesW
import GlossUI

/// Translates what `wget_wch` returns into reader keys.
enum KeyDecoder {
  /// A character read as text (`OK`): Enter, Esc, Tab and Backspace have their own keys. Enter
  /// arrives as CR (the screen runs with `nonl`), so LF is Ctrl-J, the note editor's new line.
  static func character(_ value: UInt32) -> Key? {
    switch value {
    case 13: return .enter
    case 27: return .escape
    case 9: return .tab
    case 8, 127: return .backspace
    default: return Unicode.Scalar(value).map { .character(Character($0)) }
    }
  }

  /// A function key (`KEY_CODE_YES`).
  static func function(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    default: return nil
    }
  }
}
