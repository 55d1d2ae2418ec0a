import Foundation

/// One of the repository's sample articles (`Samples/*.txt`, `Samples/wikinews/*.txt`), split into
/// its headline line and its body, the material the benchmark corpora are made of.
public struct SampleArticle: Sendable {
  /// The first non-empty line.
  public let headline: String
  /// Everything after the headline line, without leading or trailing blank lines: paragraphs
  /// separated by blank lines.
  public let body: String

  /// The repository's `Samples` folder, found from this source file's path
  /// (`Benchmarks/Benchmarks/Corpora/SampleArticle.swift`).
  public static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Corpora
    .deletingLastPathComponent()  // Benchmarks (the targets' folder)
    .deletingLastPathComponent()  // Benchmarks (the package)
    .deletingLastPathComponent()  // the repository
    .appendingPathComponent("Samples")

  /// The samples in a fixed order: `Samples/*.txt`, then `Samples/wikinews/*.txt`, each by name.
  public static func all() throws -> [SampleArticle] {
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
