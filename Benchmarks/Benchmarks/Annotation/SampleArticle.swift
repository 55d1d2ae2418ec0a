import Foundation

/// One of the repository's sample articles (`Samples/*.txt`, `Samples/wikinews/*.txt`), split into
/// its headline line and its body, the material the benchmark corpora are made of.
struct SampleArticle: Sendable {
  /// The first non-empty line.
  let headline: String
  /// Everything after the headline line, without leading or trailing blank lines: paragraphs
  /// separated by blank lines.
  let body: String

  /// The repository's `Samples` folder, found from this source file's path
  /// (`Benchmarks/Benchmarks/Annotation/SampleArticle.swift`).
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Annotation
    .deletingLastPathComponent()  // Benchmarks (the targets' folder)
    .deletingLastPathComponent()  // Benchmarks (the package)
    .deletingLastPathComponent()  // the repository
    .appendingPathComponent("Samples")

  /// The samples in a fixed order: `Samples/*.txt`, then `Samples/wikinews/*.txt`, each by name.
  static func all() throws -> [SampleArticle] {
    let folders = [directory, directory.appendingPathComponent("wikinews")]
    return try folders.flatMap { folder in
      try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".txt") }
        .sorted()
        .map { try SampleArticle(contentsOf: folder.appendingPathComponent($0)) }
    }
  }

  /// Reads and splits the sample at `url`.
  init(contentsOf url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let headlineIndex = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? lines.startIndex
    headline = lines.isEmpty ? "" : String(lines[headlineIndex])
    body = lines.dropFirst(headlineIndex + 1).joined(separator: "\n")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
