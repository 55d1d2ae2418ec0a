import Foundation
import GlossCore

/// Finds theme files by name, looking in order in:
/// 1. `$XDG_CONFIG_HOME/gloss/themes` (or `~/.config/gloss/themes`): the user's own themes;
/// 2. `Themes/` beside the executable, and `../share/gloss/themes` above it (an installed copy);
/// 3. `Themes/` of the source checkout the executable was built in, found by walking up from
///    the executable to a directory holding `Package.swift` (so `swift run` finds them);
/// 4. `$XDG_DATA_HOME/gloss/themes` (or `~/.local/share/gloss/themes`), then
///    `/usr/local/share/gloss/themes` and `/usr/share/gloss/themes`.
///
/// A name with a `/` in it or ending in `.toml` is taken as a path.
public struct ThemeLocator: Sendable {
  public let directories: [String]

  public init(directories: [String]) { self.directories = directories }

  /// The search path for this process, from the environment and the executable's location.
  public init(environment: [String: String], executable: String?) {
    var directories = [XDG.configHome(environment) + "/gloss/themes"]
    if let executable {
      let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
      directories.append(binary.appendingPathComponent("Themes").path)
      directories.append(binary.appendingPathComponent("../share/gloss/themes").standardized.path)
      if let root = Self.packageRoot(above: binary) { directories.append(root.appendingPathComponent("Themes").path) }
    }
    directories += [XDG.dataHome(environment) + "/gloss/themes", "/usr/local/share/gloss/themes", "/usr/share/gloss/themes"]
    self.directories = directories
  }

  /// The file for theme `name`, if there is one.
  public func path(forTheme name: String) -> String? {
    let files = FileManager.default
    if name.contains("/") || name.hasSuffix(".toml") { return files.fileExists(atPath: name) ? name : nil }
    return directories.map { $0 + "/" + name + ".toml" }.first(where: files.fileExists)
  }

  /// The names of every theme found, sorted.
  public var themeNames: [String] {
    let names = directories.flatMap { directory in
      ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
    }
    return Set(names).sorted()
  }

  /// The closest directory at or above `directory` that holds a `Package.swift`.
  static func packageRoot(above directory: URL) -> URL? {
    var current = directory.standardized
    while current.path != "/" {
      if FileManager.default.fileExists(atPath: current.appendingPathComponent("Package.swift").path) {
        return current
      }
      current = current.deletingLastPathComponent()
    }
    return nil
  }
}
