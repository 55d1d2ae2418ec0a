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
    executable: String? = Self.executablePath
  ) {
    let (config, configProblems) = ReaderConfig.load(path: ReaderConfig.path(environment: environment))
    themes = ThemeLoader(locator: ThemeLocator(environment: environment, executable: executable))
    let (theme, themeProblems) = themes.load(themeOption ?? config.theme ?? ThemeLoader.defaultName)
    self.theme = theme
    width = widthOption ?? config.width ?? Self.defaultWidth
    keyMap = config.keyMap
    problems = configProblems + themeProblems
  }

  /// This program's file, beside which themes are looked for: on Linux read from
  /// `/proc/self/exe`, which is where `Bundle.main` finds it too, without making the bundle
  /// (it lists the executable's folder twice, a few hundred microseconds before the first
  /// screen; the lexicons' bundle makes it later, after that screen).
  static var executablePath: String? {
    #if os(Linux)
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
      let count = readlink("/proc/self/exe", &buffer, buffer.count)
      if count > 0 { return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    #endif
    return Bundle.main.executablePath
  }

  /// The first problem, for the library's first screen ("… (+2 more)"), or nil.
  var problemMessage: StatusMessage? {
    guard let first = problems.first else { return nil }
    let more = problems.count > 1 ? " (+\(problems.count - 1) more)" : ""
    return StatusMessage(first.description + more, isError: true)
  }
}
