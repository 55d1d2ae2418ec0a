import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// The reader's notes effects carried out on a real notes file, as the curses loop does.
@Suite("Notes keeper")
struct NotesKeeperTests {
  /// Feeds `keys` and carries out any notes effect with `keeper`.
  func run(_ keys: String, _ state: inout ReaderState, _ keeper: NotesKeeper) {
    for key in keys {
      switch state.update(.key(.character(key))) {
      case .saveNote(let change): keeper.save(change, in: &state)
      case .exportNotes(let path): keeper.export(to: path, in: &state)
      default: break
      }
    }
  }

  func enter(_ state: inout ReaderState, _ keeper: NotesKeeper) {
    if case .saveNote(let change) = state.update(.key(.enter)) { keeper.save(change, in: &state) }
  }

  @Test func aNoteIsSavedBesideTheArticleAndReadAgain() throws {
    let directory = try NotesFixtures.temporaryDirectory()
    let article = directory.appendingPathComponent("thaad.txt").path
    var state = try ReaderFixtures.handState()
    let keeper = NotesKeeper(articlePath: article, chosen: nil, state: &state)
    #expect(state.message?.text == "notes: thaad.txt.notes.json (beside the article)")
    run("]a", &state, keeper)
    run("worth a look", &state, keeper)
    enter(&state, keeper)
    #expect(state.message?.text == "Note saved")
    #expect(FileManager.default.fileExists(atPath: article + ".notes.json"))
    var again = try ReaderFixtures.handState()
    _ = NotesKeeper(articlePath: article, chosen: nil, state: &again)
    #expect(again.notes.anchored.map(\.note.comments) == [["worth a look"]])
    run("6d", &again, NotesKeeper(articlePath: article, chosen: nil, state: &again))
    #expect(NotesStore(path: article + ".notes.json").notes.isEmpty)
  }

  @Test func aFailedSaveIsReportedAndTheNoteStays() throws {
    let directory = try NotesFixtures.temporaryDirectory()
    let blocked = directory.appendingPathComponent("notes.json").path
    try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: true)
    var state = try ReaderFixtures.handState()
    let keeper = NotesKeeper(articlePath: "/tmp/thaad.txt", chosen: blocked, state: &state)
    run("]h", &state, keeper)
    #expect(state.message?.isError == true)
    #expect(state.message?.text.contains("notes cannot be saved") == true)
    #expect(state.notes.anchored.count == 1)
  }

  @Test func anUnreadableNotesFileOpensReadOnlyAndIsLeftAlone() throws {
    let directory = try NotesFixtures.temporaryDirectory()
    let notes = directory.appendingPathComponent("bad.notes.json").path
    try Data("not json".utf8).write(to: URL(fileURLWithPath: notes))
    var state = try ReaderFixtures.handState()
    let keeper = NotesKeeper(articlePath: "/tmp/thaad.txt", chosen: notes, state: &state)
    #expect(state.message?.isError == true)
    #expect(state.notes.readOnlyReason != nil)
    #expect(state.rows(.notes).first?.pieces.first?.text.hasPrefix("read-only: ") == true)
    run("]h", &state, keeper)
    #expect(state.message?.text.hasPrefix("Notes are read-only") == true)
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "not json")
  }

  @Test func exportWritesMarkdown() throws {
    let directory = try NotesFixtures.temporaryDirectory()
    let notes = directory.appendingPathComponent("n.json").path
    let output = directory.appendingPathComponent("notes.md").path
    var state = try ReaderFixtures.handState()
    let keeper = NotesKeeper(articlePath: "/tmp/thaad.txt", chosen: notes, state: &state)
    run("]h:export \(output)", &state, keeper)
    if case .exportNotes(let path) = state.update(.key(.enter)) { keeper.export(to: path, in: &state) }
    let markdown = try String(contentsOfFile: output, encoding: .utf8)
    #expect(markdown.contains("> normal track"))
    #expect(state.message?.text == "Exported 1 note to \(output)")
  }
}
