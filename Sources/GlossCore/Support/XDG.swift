import Foundation

/// The XDG base directories Gloss keeps its files in, with the specification's fallbacks under
/// `$HOME` when a variable is unset, empty or relative.
public enum XDG {
  /// `$XDG_CONFIG_HOME`, or `~/.config`: settings and the user's themes.
  public static func configHome(_ environment: [String: String]) -> String {
    directory("XDG_CONFIG_HOME", fallback: "/.config", environment)
  }

  /// `$XDG_DATA_HOME`, or `~/.local/share`: notes that cannot live beside their article, and
  /// installed themes.
  public static func dataHome(_ environment: [String: String]) -> String {
    directory("XDG_DATA_HOME", fallback: "/.local/share", environment)
  }

  /// `$XDG_CACHE_HOME`, or `~/.cache`: annotations kept to be read again.
  public static func cacheHome(_ environment: [String: String]) -> String {
    directory("XDG_CACHE_HOME", fallback: "/.cache", environment)
  }

  private static func directory(_ variable: String, fallback: String, _ environment: [String: String]) -> String {
    if let value = environment[variable], value.hasPrefix("/") { return value }
    return (environment["HOME"] ?? NSHomeDirectory()) + fallback
  }
}
