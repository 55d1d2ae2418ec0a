import Foundation
import GlossCore
import Testing

/// Saving notes: atomic writes, failures that keep the notes, unreadable files left alone, and
/// two stores on one file merging by note id.
@Suite("Notes store")
struct NotesStoreTests {
  let text: String

  init() throws { text = try NotesFixtures.thaadText() }

  @Test func saveLeavesNoTemporaryFiles() throws {
    let path = try NotesFixtures.notesPath()
    let store = NotesStore(path: path)
    try store.add(try NotesFixtures.note(on: "shared distaste", in: text))
    try store.add(try NotesFixtures.note(on: "Xi Jinping", in: text))
    #expect(try NotesFixtures.siblings(of: path) == [".article.txt.notes.json.lock", "article.txt.notes.json"])
    #expect(!store.hasUnsavedChanges)
  }

  @Test func saveKeepsTheFilesPermissions() throws {
    let path = try NotesFixtures.notesPath()
    let store = NotesStore(path: path)
    try store.add(try NotesFixtures.note(on: "shared distaste", in: text))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    try store.add(try NotesFixtures.note(on: "Xi Jinping", in: text))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func aDirectoryInTheWayFailsTheSaveAndKeepsTheNotes() throws {
    let path = try NotesFixtures.notesPath()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let store = NotesStore(path: path)
    #expect(store.problem == nil)
    let note = try NotesFixtures.note(on: "shared distaste", in: text)
    #expect(throws: NotesError.saveFailed(path: path, reason: "is a directory")) { try store.add(note) }
    #expect(store.notes == [note])
    #expect(store.hasUnsavedChanges)
    #expect(try NotesFixtures.siblings(of: path) == [".article.txt.notes.json.lock", "article.txt.notes.json"])
    // Once the way is clear, the next save writes what was kept.
    try FileManager.default.removeItem(atPath: path)
    try store.save()
    #expect(NotesStore(path: path).notes == [note])
  }

  /// Root writes into read-only directories, so this runs only for other users; the directory
  /// case above covers a failing save as root.
  @Test(.enabled(if: !NotesFixtures.isRoot, "root can write into a read-only directory"))
  func aReadOnlyDirectoryFailsTheSaveAndKeepsTheOldFile() throws {
    let path = try NotesFixtures.notesPath()
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let store = NotesStore(path: path)
    try store.add(try NotesFixtures.note(on: "shared distaste", in: text))
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory) }
    let error = #expect(throws: NotesError.self) { try store.add(try NotesFixtures.note(on: "Xi Jinping", in: text)) }
    #expect(error?.exitCode == 73)
    #expect(store.notes.count == 2)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try NotesFixtures.siblings(of: path) == [".article.txt.notes.json.lock", "article.txt.notes.json"])
  }

  @Test func aCorruptFileIsReportedAndNeverWritten() throws {
    let path = try NotesFixtures.notesPath()
    let corrupt = Data(#"{"type": "AnnotationCollection", "items": [ {"id": "#.utf8)
    try corrupt.write(to: URL(fileURLWithPath: path))
    let store = NotesStore(path: path)
    #expect(store.problem == .unreadable(path: path, reason: "not valid JSON"))
    #expect(store.problem?.message == "\(path): notes cannot be read (not valid JSON)")
    #expect(store.isReadOnly)
    let note = try NotesFixtures.note(on: "shared distaste", in: text)
    #expect(throws: NotesError.readOnly(path: path, because: "not valid JSON")) { try store.add(note) }
    #expect(throws: NotesError.self) { try store.save() }
    #expect(store.notes.isEmpty)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == corrupt)
  }

  @Test func aFileOfAnotherKindIsUnreadable() throws {
    let path = try NotesFixtures.notesPath()
    try Data(#"{"gloss": "annotations/1", "quotes": []}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect(NotesStore(path: path).problem == .unreadable(path: path, reason: "not an AnnotationCollection"))
  }

  @Test func twoStoresOnOneFileMergeByID() throws {
    let path = try NotesFixtures.notesPath()
    let first = NotesStore(path: path)
    let second = NotesStore(path: path)
    let one = try NotesFixtures.note(on: "shared distaste", in: text)
    let two = try NotesFixtures.note(on: "Xi Jinping", in: text)
    try first.add(one)
    try second.add(two)
    #expect(Set(second.notes.map(\.id)) == [one.id, two.id])
    #expect(Set(NotesStore(path: path).notes.map(\.id)) == [one.id, two.id])
    // The first store learns of the second's note when it next saves.
    try first.save()
    #expect(Set(first.notes.map(\.id)) == [one.id, two.id])
  }

  @Test func theLaterEditOfANoteWins() throws {
    let path = try NotesFixtures.notesPath()
    let note = try NotesFixtures.note(on: "shared distaste", in: text, bodies: [.comment("first")])
    try NotesStore(path: path).add(note)
    let first = NotesStore(path: path)
    let second = NotesStore(path: path)
    var early = note
    early.bodies = [.comment("early")]
    var late = note
    late.bodies = [.comment("late")]
    try second.update(late, now: Date(timeIntervalSinceNow: 60))
    try first.update(early, now: Date())
    #expect(first.notes.map(\.comments) == [["late"]])
    #expect(NotesStore(path: path).notes.map(\.comments) == [["late"]])
  }

  @Test func aNoteDeletedHereIsNotBroughtBackByAMerge() throws {
    let path = try NotesFixtures.notesPath()
    let kept = try NotesFixtures.note(on: "shared distaste", in: text)
    let deleted = try NotesFixtures.note(on: "Xi Jinping", in: text)
    let setup = NotesStore(path: path)
    try setup.add(kept)
    try setup.add(deleted)
    let first = NotesStore(path: path)
    let second = NotesStore(path: path)
    try first.delete(id: deleted.id)
    // The second store still holds the deleted note; its save must not restore it.
    try second.add(try NotesFixtures.note(on: "Lee Hae-chan", in: text))
    #expect(!second.notes.contains { $0.id == deleted.id })
    let reopened = NotesStore(path: path)
    #expect(reopened.notes.count == 2)
    #expect(reopened.collection.tombstones.map(\.id) == [deleted.id])
  }

  @Test func undoingADeleteRestoresTheNote() throws {
    let path = try NotesFixtures.notesPath()
    let note = try NotesFixtures.note(on: "shared distaste", in: text)
    let store = NotesStore(path: path)
    try store.add(note)
    try store.delete(id: note.id)
    let other = NotesStore(path: path)
    try store.add(note, now: Date(timeIntervalSinceNow: 1))
    #expect(store.collection.tombstones.isEmpty)
    // A store that read the tombstone sees the note back after a merge.
    try other.save()
    #expect(other.notes.map(\.id) == [note.id])
  }
}
