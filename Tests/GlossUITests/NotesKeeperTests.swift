import Foundation
import GlossCore
import GlossTestSupport
import Testing

@testable import GlossUI

/// The reader's notes effects carried out on a real notes file, as the curses loop does.
@Suite("Notes keeper")
struct NotesKeeperTests {
  @Test func aNoteIsSavedBesideTheArticleAndReadAgain() throws {
    let directory = try TemporaryFolder.make()
    let article = directory.appendingPathComponent("thaad.txt").path
    var state = try ReaderFixtures.handState()
    let keeper = NotesKeeper(articlePath: article, chosen: nil, state: &state)
    #expect(state.message?.text == "notes: thaad.txt.notes.json (beside the article)")
    state.messages.markRead()
    keeper.type("]a", into: &state)
    keeper.type("worth a look", into: &state)
    keeper.press(.enter, into: &state)
    #expect(state.message?.text == "Note saved")
    #expect(FileManager.default.fileExists(atPath: article + ".notes.json"))
    var again = try ReaderFixtures.handState()
    _ = NotesKeeper(articlePath: article, chosen: nil, state: &again)
    #expect(again.notes.anchored.map(\.note.comments) == [["worth a look"]])
    NotesKeeper(articlePath: article, chosen: nil, state: &again).type("6d", into: &again)
    #expect(NotesStore(path: article + ".notes.json").notes.isEmpty)
  }

  @Test func aFailedSaveIsReportedAndTheNoteStays() throws {
    let directory = try TemporaryFolder.make()
    let blocked = directory.appendingPathComponent("notes.json").path
    try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: true)
    var (state, keeper) = try NotesFixtures.opened(blocked)
    keeper.type("]h", into: &state)
    #expect(state.message?.isError == true)
    #expect(state.message?.text == "notes.json: notes not saved (is a directory); kept in memory, :w FILE saves them elsewhere")
    #expect(state.notes.anchored.count == 1)
  }

  @Test func anUnreadableNotesFileOpensReadOnlyAndIsLeftAlone() throws {
    let notes = try NotesFixtures.file("bad.notes.json", holding: "not json")
    var (state, keeper) = try NotesFixtures.opened(notes)
    #expect(state.message?.isError == true)
    #expect(state.notes.readOnlyReason != nil)
    #expect(state.rows(.notes).first?.pieces.first?.text.hasPrefix("read-only: ") == true)
    keeper.type("]h", into: &state)
    #expect(state.message?.text.hasPrefix("Notes are read-only") == true)
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "not json")
  }

  /// A highlight made, then `:export FILE`: the state after, and the file's path.
  func exported(to file: String) throws -> (state: ReaderState, output: String) {
    let directory = try TemporaryFolder.make()
    let notes = directory.appendingPathComponent("n.json").path
    let output = directory.appendingPathComponent(file).path
    var (state, keeper) = try NotesFixtures.opened(notes)
    keeper.type("]h:export \(output)", into: &state)
    keeper.press(.enter, into: &state)
    return (state, output)
  }

  @Test func exportWritesMarkdown() throws {
    let (state, output) = try exported(to: "notes.md")
    let markdown = try String(contentsOfFile: output, encoding: .utf8)
    #expect(markdown.contains("> normal track"))
    #expect(state.message?.text == "Exported 1 note to \(output) (markdown)")
  }

  @Test func exportToAJSONFileWritesTheW3CCollection() throws {
    let (state, output) = try exported(to: "x.json")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
    #expect(json?["type"] as? String == "AnnotationCollection")
    #expect(state.message?.text == "Exported 1 note to \(output) (json)")
  }
}
