import Foundation
import GlossUI

/// What the reader starts with, from the command line over the config file over defaults:
/// the theme, the text width, the key bindings, and any problems met reading them.
struct ReaderSettings {
  static let defaultWidth = 80

  let themes: ThemeLoader
  let theme: Theme
  let width: Int
  let keyMap: KeyMap
  let problems: [ConfigError]

  init(
    themeOption: String?, widthOption: Int?, environment: [String: String],
    executable: String? = Bundle.main.executablePath
  ) {
    let (config, configProblems) = ReaderConfig.load(path: ReaderConfig.path(environment: environment))
    themes = ThemeLoader(locator: ThemeLocator(environment: environment, executable: executable))
    let (theme, themeProblems) = themes.load(themeOption ?? config.theme ?? ThemeLoader.defaultName)
    self.theme = theme
    width = widthOption ?? config.width ?? Self.defaultWidth
    keyMap = config.keyMap
    problems = configProblems + themeProblems
  }

  /// The first problem, for the library's first screen ("… (+2 more)"), or nil.
  var problemMessage: StatusMessage? {
    guard let first = problems.first else { return nil }
    let more = problems.count > 1 ? " (+\(problems.count - 1) more)" : ""
    return StatusMessage(first.description + more, isError: true)
  }
}
