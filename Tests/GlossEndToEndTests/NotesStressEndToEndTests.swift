import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// Many `gloss notes add` processes adding notes to one article at the same time, while this
/// process keeps the notes open (as a reader does) and edits and deletes its own notes between
/// their saves: afterwards the file holds exactly the expected notes, none lost, none deleted
/// brought back. Short by default; `GLOSS_STRESS=1 swift test --filter NotesStress` runs the long
/// load and prints its figures.
@Suite("Notes saved by many processes at once", .serialized)
struct NotesStressEndToEndTests {
  /// How hard a run is, and how many runs.
  struct Load {
    var processes: Int
    var notes: Int
    /// This process's own notes, half of them edited and half deleted while the others save.
    var own: Int
    var runs: Int
  }

  static let load =
    ProcessInfo.processInfo.environment["GLOSS_STRESS"] == "1"
    ? Load(processes: 8, notes: 50, own: 40, runs: 5) : Load(processes: 4, notes: 8, own: 6, runs: 1)

  @Test func everyNoteIsKeptAndNoDeletedNoteComesBack() throws {
    let load = Self.load
    var lost = 0
    var unexpected = 0
    for _ in 0..<load.runs {
      let (missing, extra) = try run(load)
      #expect(missing.isEmpty, "lost: \(missing.prefix(10))")
      #expect(extra.isEmpty, "not expected: \(extra.prefix(10))")
      lost += missing.count
      unexpected += extra.count
    }
    Figures.report(
      "notes stress: \(load.processes) processes × \(load.notes) notes × \(load.runs) runs, and \(load.own) "
        + "edits and deletions a run by a store kept open: \(lost) lost, \(unexpected) unexpected")
  }

  /// One run; the comments missing from the file and those it should not hold.
  func run(_ load: Load) throws -> (missing: [String], extra: [String]) {
    let article = try ShortArticle()
    let store = NotesStore(path: article.notesPath)
    let own = try (0..<load.own).map { try article.note("own \($0)") }
    for note in own { try store.add(note) }

    let binary = try GlossBinary.path()
    let folder = try TemporaryFolder.make()
    let workers = Workers(load.processes) { process in
      let errors = folder.appendingPathComponent("errors-\(process)").path
      return (0..<load.notes).compactMap { index -> String? in
        let comment = "process \(process) note \(index)"
        guard let ending = try? SpawnedProcess([binary] + article.add(comment), errors: errors).wait() else {
          return "\(comment): not started"
        }
        let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        return ending == .exited(0) ? nil : "\(comment): \(ending): \(message)"
      }
    }
    var expected = (0..<load.processes).flatMap { process in (0..<load.notes).map { "process \(process) note \($0)" } }
    for (index, note) in own.enumerated() {
      try waitForAnotherSave(of: article, workers: workers)
      if index.isMultiple(of: 2) {
        var edited = note
        edited.bodies = [.comment("own \(index) edited")]
        try store.update(edited)
        expected.append("own \(index) edited")
      } else {
        try store.delete(id: note.id)
      }
    }
    let failures = workers.wait().flatMap { $0 }
    #expect(failures.isEmpty, "\(failures.count) saves failed: \(failures.prefix(3))")

    let comments = try article.comments()
    try store.save()
    #expect(store.notes.flatMap(\.comments).sorted() == comments.sorted(), "the open store does not see the file")
    #expect(try article.temporaryFiles().isEmpty)
    return (Self.difference(expected, comments), Self.difference(comments, expected))
  }

  /// Waits until the notes file is not as this process last wrote it (another process saved
  /// since), or until every worker is done.
  func waitForAnotherSave(of article: ShortArticle, workers: Workers<[String]>) throws {
    let written = try Data(contentsOf: URL(fileURLWithPath: article.notesPath))
    while !workers.isFinished, (try? Data(contentsOf: URL(fileURLWithPath: article.notesPath))) == written {
      usleep(1_000)
    }
  }

  /// `items` without one of each of `removed` (a multiset difference).
  static func difference(_ items: [String], _ removed: [String]) -> [String] {
    var left = Dictionary(removed.map { ($0, 1) }, uniquingKeysWith: +)
    return items.filter { item in
      guard let count = left[item], count > 0 else { return true }
      left[item] = count - 1
      return false
    }
  }
}
