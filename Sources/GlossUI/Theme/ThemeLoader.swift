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
      do {
        return (try loadExactly(candidate), problems)
      } catch {
        problems.append(error)
      }
    }
    return (.builtin, problems)
  }

  /// The theme `name`, or why it cannot be had.
  public func loadExactly(_ name: String) throws(ConfigError) -> Theme {
    guard let path = locator.path(forTheme: name) else {
      let known = locator.themeNames.joined(separator: ", ")
      throw ConfigError(file: name, message: "no such theme" + (known.isEmpty ? "" : " (have: \(known))"))
    }
    let title = name.hasSuffix(".toml") ? String(name.split(separator: "/").last!.dropLast(5)) : name
    return try ThemeParser(locator: locator).parse(path: path, name: title)
  }
}
