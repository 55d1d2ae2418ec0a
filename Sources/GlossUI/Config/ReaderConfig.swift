import Foundation
import GlossCore
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/gloss/config.toml` (or `~/.config/gloss/…`):
///
///     theme = "light"
///     width = 72
///     [keys]
///     next_quote = ["]", "J"]
///     quit = "Q"
///
/// Anything wrong is reported with its file and line and left at its default.
public struct ReaderConfig: Sendable {
  public var theme: String?
  public var width: Int?
  public var keyMap = KeyMap.standard

  public init() {}

  /// Where the config file is for this environment.
  public static func path(environment: [String: String]) -> String {
    XDG.configHome(environment) + "/gloss/config.toml"
  }

  /// The config in the file at `path` (defaults if there is none) and its problems.
  public static func load(path: String) -> (config: ReaderConfig, problems: [ConfigError]) {
    var config = ReaderConfig()
    guard FileManager.default.fileExists(atPath: path) else { return (config, []) }
    let file: TOMLFile
    do {
      file = try TOMLFile(path: path)
    } catch {
      return (config, [error])
    }
    var problems: [ConfigError] = []
    if let value = file.table["theme"] {
      if let theme = value.string { config.theme = theme } else { problems.append(file.error("theme must be a string", near: "theme")) }
    }
    if let value = file.table["width"] {
      if let width = value.int, width >= 20 { config.width = width } else { problems.append(file.error("width must be a number of columns, 20 or more", near: "width")) }
    }
    for key in file.table.keys where !["theme", "width", "keys"].contains(key) {
      problems.append(file.error("unknown setting \"\(key)\"", near: key))
    }
    if let keys = file.table["keys"]?.table { problems += config.rebind(keys, file: file) }
    return (config, problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
  }

  /// Ctrl-S and Ctrl-Q, which the terminal keeps for flow control (XON/XOFF) unless told not to.
  static let flowControl: Set<Key> = [.character("\u{13}"), .character("\u{11}")]

  /// Applies the `[keys]` table: each action to a key name or a list of them.
  private mutating func rebind(_ table: TOMLTable, file: TOMLFile) -> [ConfigError] {
    var problems: [ConfigError] = []
    for name in table.keys {
      guard let action = Action(rawValue: name) else {
        problems.append(file.error("unknown action \"\(name)\"", near: name))
        continue
      }
      let names = table[name]?.string.map { [$0] } ?? table[name]?.array?.compactMap(\.string) ?? []
      let keys = names.compactMap(Key.init(name:))
      guard !keys.isEmpty, keys.count == names.count else {
        problems.append(file.error("\"\(name)\" needs key names like \"j\", \"C-d\", \"pagedown\"", near: name))
        continue
      }
      if let taken = keys.first(where: Self.flowControl.contains) {
        problems.append(file.error("\(taken.label) never reaches Gloss: the terminal's flow control takes it", near: name))
        continue
      }
      keyMap.bind(action, to: keys)
    }
    return problems
  }
}
