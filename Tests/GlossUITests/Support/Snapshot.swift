import Foundation
import Testing

@testable import GlossUI

/// Compares screens with golden files in `Tests/GlossUITests/Snapshots/`, line by line.
/// `GLOSS_RECORD_SNAPSHOTS=1 swift test` writes the current screens as the new golden files
/// (the annotation core is still changing, so they are meant to be re-recorded and reviewed).
enum Snapshot {
  static let directory = ReaderFixtures.root.appendingPathComponent("Tests/GlossUITests/Snapshots")
  static var isRecording: Bool { ProcessInfo.processInfo.environment["GLOSS_RECORD_SNAPSHOTS"] == "1" }

  /// Each row of `buffer` as one character per column for the cell's attributes: `.` for none,
  /// else the letter whose position in `abc…zABCDE` is the sum of bold 1, dim 2, italic 4,
  /// underline 8, reverse 16 (`a` bold, `b` dim, `d` italic, `h` underline, `p` reverse,
  /// `m` bold italic underline, `q` bold reverse).
  static func attributeCodes(_ buffer: CellBuffer) -> [String] {
    let letters = Array(".abcdefghijklmnopqrstuvwxyzABCDE")
    return (0..<buffer.height).map { y in
      String((0..<buffer.width).map { letters[Int(buffer[$0, y].style.attributes.rawValue)] })
    }
  }

  static func expect(_ lines: [String], matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name + ".txt")
    let actual = lines.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
    if isRecording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try (actual.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let golden = try #require(
      try? String(contentsOf: url, encoding: .utf8), "no snapshot \(name); record with GLOSS_RECORD_SNAPSHOTS=1",
      sourceLocation: sourceLocation)
    let expected = golden.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    #expect(actual.count == expected.count, "\(name): line count", sourceLocation: sourceLocation)
    for (index, (got, want)) in zip(actual, expected).enumerated() where got != want {
      Issue.record("\(name) line \(index + 1):\n got: \(got)\nwant: \(want)", sourceLocation: sourceLocation)
    }
  }
}
