import Foundation

/// The XDG base directories Gloss reads from, with their usual fallbacks under `$HOME`.
enum XDG {
  static func configHome(_ environment: [String: String]) -> String {
    directory("XDG_CONFIG_HOME", fallback: "/.config", environment)
  }

  static func dataHome(_ environment: [String: String]) -> String {
    directory("XDG_DATA_HOME", fallback: "/.local/share", environment)
  }

  private static func directory(_ variable: String, fallback: String, _ environment: [String: String]) -> String {
    if let value = environment[variable], value.hasPrefix("/") { return value }
    return (environment["HOME"] ?? NSHomeDirectory()) + fallback
  }
}
