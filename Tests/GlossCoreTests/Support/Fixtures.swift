import Foundation
import GlossCore
import GlossTestSupport

/// Paths and helpers the tests share: the package's samples, temporary files, loaded articles.
enum Fixtures {
  /// The package root.
  static let root = GlossBinary.root

  /// A file of `Samples/`, e.g. `"wikinews/nasa.txt"`.
  static func sample(_ name: String) -> URL { root.appendingPathComponent("Samples/" + name) }

  /// The Wikinews samples' file names.
  static let wikinews = ["election", "hackers", "nasa", "soccer", "stampede", "warming"].map {
    "wikinews/\($0).txt"
  }

  /// The error `ArticleLoader.load` throws for `path`, or nil when it loads.
  static func failure(loading path: String) -> ArticleLoadError? {
    do {
      _ = try ArticleLoader().load(path)
      return nil
    } catch {
      return error
    }
  }

  /// The article a sample loads to.
  static func load(_ name: String) throws -> Article {
    try ArticleLoader().load(sample(name).path).article
  }

  /// Writes `bytes` to a new file `name` in a new temporary directory and returns its path.
  static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = try TemporaryFolder.make().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Writes `text` as UTF-8 to a new file `name` and returns its path.
  static func file(_ name: String, _ text: String) throws -> String {
    try file(name, Array(text.utf8))
  }

  /// The texts of the article's paragraphs.
  static func paragraphTexts(_ article: Article) -> [String] {
    article.paragraphs.map { article.string($0.span) }
  }

  /// The paragraphs of a sample as a reader sees them: the text after the headline line, split
  /// at blank lines, each trimmed.
  static func expectedParagraphs(_ name: String) throws -> [String] {
    let text = try String(contentsOf: sample(name), encoding: .utf8)
    let body = text.split(separator: "\n", maxSplits: 1).dropFirst().joined()
    return body.components(separatedBy: "\n\n")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
  }
}
