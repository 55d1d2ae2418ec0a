import Foundation
import GlossCore
import GlossTestSupport

/// What the notes tests share: the THAAD sample, notes on it, and notes files to play with.
enum NotesFixtures {
  static let thaadName = "thaad-south-korea-china.txt"

  /// The THAAD sample's text.
  static func thaadText() throws -> String {
    try String(contentsOf: Fixtures.sample(thaadName), encoding: .utf8)
  }

  /// A note on the first occurrence of `quote` in `text`, with `bodies`.
  static func note(on quote: String, in text: String, bodies: [NoteBody] = [], now: Date = Date())
    throws -> Note
  {
    let scalars = ScalarText(text)
    guard let span = NoteAnchorer(text: scalars).firstOccurrence(of: quote) else {
      throw NotesFixtureError.quoteNotFound(quote)
    }
    return Note(
      target: NoteTarget(source: "file:///samples/" + thaadName, span: span, in: scalars),
      bodies: bodies, now: now)
  }

  /// A notes file path in a new temporary directory (the file does not exist yet).
  static func notesPath() throws -> String {
    try TemporaryFolder.make().appendingPathComponent("article.txt.notes.json").path
  }

  /// The names of the files in the directory of `path`.
  static func siblings(of path: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
      .sorted()
  }

  /// The file at `path` as a JSON object.
  static func json(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw NotesFixtureError.notAnObject(path)
    }
    return object
  }

  /// True when tests run as root, who may write in read-only directories.
  static var isRoot: Bool { getuid() == 0 }
}

/// A fixture that could not be made.
enum NotesFixtureError: Error {
  case quoteNotFound(String)
  case notAnObject(String)
}
