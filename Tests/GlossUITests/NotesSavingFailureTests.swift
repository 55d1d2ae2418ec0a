import Foundation
import GlossCore
import GlossTestSupport
import Testing

@testable import GlossUI

/// The reader's notes when their file cannot be written: a directory put where the file was, a
/// full disk, a read-only file system. The notes stay on screen and in memory, the status line
/// and the notes pane say why they are not saved, `q` will not drop them silently, and `:w FILE`
/// saves every note to another file that keeps them from then on.
@Suite("Notes when saving fails")
struct NotesSavingFailureTests {
  /// A state and keeper on the notes file `path`, with one note saved in it.
  func openWithOneNote(_ path: String) throws -> (ReaderState, NotesKeeper) {
    var (state, keeper) = try NotesFixtures.opened(path)
    keeper.type("]h", into: &state)
    try #require(NotesStore(path: path).notes.count == 1)
    return (state, keeper)
  }

  /// A notes file with one note, replaced by a directory after the keeper opened it, and a
  /// second note kept in memory only.
  func blockedWithTwoNotes() throws -> (path: String, state: ReaderState, keeper: NotesKeeper) {
    let path = try TemporaryFolder.make().appendingPathComponent("thaad.notes.json").path
    var (state, keeper) = try openWithOneNote(path)
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    keeper.type("]h", into: &state)
    return (path, state, keeper)
  }

  /// Types `:COMMAND` and Enter.
  func command(_ command: String, _ state: inout ReaderState, _ keeper: NotesKeeper) {
    keeper.type(":" + command, into: &state)
    keeper.press(.enter, into: &state)
  }

  /// The first line of the notes pane.
  func paneHeading(_ state: ReaderState) -> String? { state.rows(.notes).first?.pieces.first?.text }

  @Test func aDirectoryInPlaceOfTheFileKeepsTheNotesAndWSavesThemElsewhere() throws {
    var (path, state, keeper) = try blockedWithTwoNotes()
    #expect(state.message == StatusMessage(
      "thaad.notes.json: notes not saved (is a directory); kept in memory, :w FILE saves them elsewhere", isError: true))
    #expect(state.notes.anchored.count == 2)
    #expect(paneHeading(state) == "not saved (is a directory): :w FILE saves elsewhere")
    #expect(keeper.type("q", into: &state) == nil)
    #expect(state.message?.text == "Notes not saved (is a directory): :w FILE saves them, :q! quits without")

    let elsewhere = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("elsewhere.json").path
    command("w \(elsewhere)", &state, keeper)
    #expect(state.message?.text == "Saved 2 notes to \(elsewhere); notes are kept there from now on")
    #expect(NotesStore(path: elsewhere).notes.count == 2)
    #expect(paneHeading(state) == "in \(elsewhere)")
    keeper.type("]h", into: &state)
    #expect(NotesStore(path: elsewhere).notes.count == 3)
    #expect(keeper.type("q", into: &state) == .quit)
  }

  @Test func wAloneSavesAgainOnceTheWayIsClear() throws {
    var (path, state, keeper) = try blockedWithTwoNotes()
    try FileManager.default.removeItem(atPath: path)
    command("w", &state, keeper)
    #expect(state.message?.text == "Saved 2 notes to \(path)")
    #expect(NotesStore(path: path).notes.count == 2)
    #expect(state.notes.unsavedReason == nil)
  }

  @Test func qBangQuitsWithNotesNotSaved() throws {
    var (_, state, keeper) = try blockedWithTwoNotes()
    keeper.type(":q!", into: &state)
    #expect(keeper.press(.enter, into: &state) == .quit)
  }

  @Test func wRefusesToWriteOverAFileThatIsNotNotes() throws {
    let article = try NotesFixtures.file("thaad.txt", holding: "An article\n\nNot notes.\n")
    let path = try TemporaryFolder.make().appendingPathComponent("thaad.notes.json").path
    var (state, keeper) = try openWithOneNote(path)
    command("w \(article)", &state, keeper)
    #expect(state.message?.isError == true)
    #expect(state.message?.text.hasPrefix("\(article): notes cannot be read (") == true)
    #expect(try String(contentsOfFile: article, encoding: .utf8) == "An article\n\nNot notes.\n")
    keeper.type("]h", into: &state)
    #expect(NotesStore(path: path).notes.count == 2, "the notes file changed")
  }

  @Test func wMergesIntoAnotherNotesFile() throws {
    let directory = try TemporaryFolder.make()
    let other = directory.appendingPathComponent("other.json").path
    _ = try openWithOneNote(other)
    var (state, keeper) = try openWithOneNote(directory.appendingPathComponent("mine.json").path)
    command("w \(other)", &state, keeper)
    #expect(NotesStore(path: other).notes.count == 2)
    #expect(state.notes.anchored.count == 2)
  }

  @Test func wTakesReadOnlyNotesToAFileTheyCanBeChangedIn() throws {
    let unreadable = try NotesFixtures.file("bad.json", holding: "not json")
    var (state, keeper) = try NotesFixtures.opened(unreadable)
    command("w", &state, keeper)
    #expect(state.message?.text.hasPrefix("\(unreadable): notes are read-only (") == true)
    #expect(state.notes.unsavedReason == nil, "nothing was changed, so nothing is unsaved")
    let fresh = URL(fileURLWithPath: unreadable).deletingLastPathComponent().appendingPathComponent("fresh.json").path
    command("w \(fresh)", &state, keeper)
    #expect(state.notes.readOnlyReason == nil)
    keeper.type("]h", into: &state)
    #expect(NotesStore(path: fresh).notes.count == 1)
    #expect(try String(contentsOfFile: unreadable, encoding: .utf8) == "not json")
  }

  @Test(.enabled(if: ScratchFileSystem.canMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN)"))
  func aFullDiskKeepsThePreviousFileAndTheNoteInMemory() throws {
    let disk = try ScratchFileSystem(kilobytes: 64)
    let path = disk.path("thaad.notes.json")
    var (state, keeper) = try openWithOneNote(path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(disk.fill() == ENOSPC)

    keeper.type("]a", into: &state)
    keeper.type("written on a full disk", into: &state)
    keeper.press(.enter, into: &state)
    #expect(state.message?.text == "thaad.notes.json: notes not saved (No space left on device); kept in memory, :w FILE saves them elsewhere")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: disk.directory).sorted() == [".filler", ".thaad.notes.json.lock", "thaad.notes.json"])
    #expect(state.notes.anchored.contains { $0.note.comments == ["written on a full disk"] })

    let elsewhere = try TemporaryFolder.make().appendingPathComponent("saved.json").path
    command("w \(elsewhere)", &state, keeper)
    #expect(NotesStore(path: elsewhere).notes.map(\.comments) == [[], ["written on a full disk"]])
  }

  @Test(.enabled(if: ScratchFileSystem.canMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN)"))
  func aReadOnlyFileSystemKeepsThePreviousFileAndTheNoteInMemory() throws {
    let disk = try ScratchFileSystem(kilobytes: 64)
    let path = disk.path("thaad.notes.json")
    var (state, keeper) = try openWithOneNote(path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    try disk.remountReadOnly()

    keeper.type("]h", into: &state)
    #expect(state.message?.text == "thaad.notes.json: notes not saved (Read-only file system); kept in memory, :w FILE saves them elsewhere")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(state.notes.anchored.count == 2)
  }
}
