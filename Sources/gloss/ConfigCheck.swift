import ArgumentParser
import Foundation
import GlossUI

/// `gloss --check-config`: reads config.toml and the theme as the reader would and prints
/// what it found and every problem, without touching the screen.
enum ConfigCheck {
  /// Prints the config file, the theme and the problems; fails (status 78, EX_CONFIG) when
  /// there are problems.
  static func run(_ settings: ReaderSettings, environment: [String: String]) throws {
    let path = ReaderConfig.path(environment: environment)
    let exists = FileManager.default.fileExists(atPath: path)
    print("config: \(path)\(exists ? "" : " (none: defaults)")")
    print("theme: \(settings.theme.name)")
    for problem in settings.problems { print("problem: \(problem)") }
    guard settings.problems.isEmpty else { throw ExitCode(78) }
    print("no problems")
  }
}
