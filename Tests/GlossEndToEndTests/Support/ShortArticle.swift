import Foundation
import GlossTestSupport
import GlossCore

/// A two-paragraph article in a fresh temporary directory, for tests that run `gloss` many times
/// (it loads in a few milliseconds, where the THAAD sample takes tens), and notes on it.
struct ShortArticle {
  /// The passage every note is on.
  static let quote = "THAAD"

  let path: String
  var notesPath: String { path + ".notes.json" }
  var directory: String { URL(fileURLWithPath: path).deletingLastPathComponent().path }

  init() throws {
    path = try TemporaryFolder.make().appendingPathComponent("short.txt").path
    let text = """
      Seoul stands by its shield

      Seoul said on Monday that the THAAD deployment would go ahead. Beijing said it opposed THAAD.

      """
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// The arguments of `gloss notes add` for a note saying `comment` on ``quote``.
  func add(_ comment: String) -> [String] { ["notes", "add", path, "--quote", Self.quote, "--note", comment] }

  /// A new note saying `comment` on ``quote``, as `gloss notes add` makes it.
  func note(_ comment: String) throws -> Note {
    let article = try ArticleLoader().load(path).article
    guard let span = NoteAnchorer(article: article).firstOccurrence(of: Self.quote) else {
      throw GlossBinaryError(message: "\(Self.quote) is not in \(path)")
    }
    let target = NoteTarget(source: NoteTarget.source(articlePath: path, article: article), span: span, in: article.scalars)
    return Note(target: target, bodies: [.comment(comment)])
  }

  /// The comments of the notes in the notes file, read afresh; throws when it cannot be read.
  func comments() throws -> [String] {
    let store = NotesStore(path: notesPath)
    if let problem = store.problem { throw problem }
    return store.notes.flatMap(\.comments)
  }

  /// The temporary files of saves beside the notes file (`.short.txt.notes.json.tmp-…`).
  func temporaryFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix(".short.txt.notes.json.tmp-") }.sorted()
  }
}
