/// Loads a theme by name or path, falling back rather than failing: a theme that cannot be
/// found or read gives way to `default`, and that to the built-in theme, with the reasons.
public struct ThemeLoader: Sendable {
  public static let defaultName = "default"
  public let locator: ThemeLocator

  public init(locator: ThemeLocator) { self.locator = locator }

  /// The theme `name`, or the best fallback and why it was needed.
  public func load(_ name: String) -> (theme: Theme, problems: [ConfigError]) {
    var problems: [ConfigError] = []
    for candidate in name == Self.defaultName ? [name] : [name, Self.defaultName] {
      guard let path = locator.path(forTheme: candidate) else {
        problems.append(ConfigError(file: candidate, message: "no such theme (looked in \(locator.directories.first ?? "")…)"))
        continue
      }
      do {
        return (try ThemeParser(locator: locator).parse(path: path, name: candidate), problems)
      } catch {
        problems.append(error)
      }
    }
    return (.builtin, problems)
  }
}
