import Foundation
import TOMLKit

/// A parsed TOML file that remembers its text, so problems found after parsing (an unknown
/// colour, a bad key name) can still be reported with a line number.
struct TOMLFile {
  let path: String
  let text: String
  let table: TOMLTable

  init(path: String) throws(ConfigError) {
    self.path = path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConfigError(file: path, message: "cannot be read")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ConfigError(file: path, message: "is not UTF-8 text")
    }
    self.text = text
    if let line = TableHeaderCheck.firstBadHeader(in: text) {
      throw ConfigError(file: path, line: line, message: "a table header must start with a key name")
    }
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ConfigError(file: path, line: error.source.begin.line, message: error.description)
    } catch {
      throw ConfigError(file: path, message: "\(error)")
    }
  }

  /// An error about `needle` (a key or value), located at the first line that mentions it.
  func error(_ message: String, near needle: String) -> ConfigError {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines.firstIndex { $0.contains(needle) }.map { $0 + 1 }
    return ConfigError(file: path, line: line, message: message)
  }
}
