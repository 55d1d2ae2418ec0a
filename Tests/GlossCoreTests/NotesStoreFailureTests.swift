import Foundation
import Testing

@testable import GlossCore

/// Saving notes when the disk fails without anything to mount: a full disk (the kernel's own
/// ENOSPC, from writing the temporary file's bytes to `/dev/full`), and `save(as:)` into places
/// it must not or cannot write.
@Suite("Notes store failures")
struct NotesStoreFailureTests {
  let text: String

  init() throws { text = try NotesFixtures.thaadText() }

  @Test func aFullDiskLeavesThePreviousFileAndKeepsTheNoteInMemory() throws {
    let path = try NotesFixtures.notesPath()
    let store = NotesStore(path: path)
    let first = try NotesFixtures.note(on: "shared distaste", in: text)
    try store.add(first)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let full = open("/dev/full", O_WRONLY)
    try #require(full >= 0)
    defer { close(full) }
    store.write = { data, _ in AtomicFile.writeAll(data, to: full) }

    let second = try NotesFixtures.note(on: "Xi Jinping", in: text)
    #expect(throws: NotesError.saveFailed(path: path, reason: String(cString: strerror(ENOSPC)))) {
      try store.add(second)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try NotesFixtures.siblings(of: path) == [".article.txt.notes.json.lock", "article.txt.notes.json"], "the temporary file was left")
    #expect(store.notes == [first, second])
    #expect(store.hasUnsavedChanges)

    store.write = AtomicFile.writeAll
    try store.save()
    #expect(NotesStore(path: path).notes.map(\.id) == [first.id, second.id])
  }

  @Test func saveAsRefusesAFileThatIsNotNotesAndKeepsItsOwn() throws {
    let path = try NotesFixtures.notesPath()
    let store = NotesStore(path: path)
    try store.add(try NotesFixtures.note(on: "shared distaste", in: text))
    let article = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("article.txt").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: article))

    #expect(throws: NotesError.self) { try store.save(as: article) }
    #expect(try String(contentsOfFile: article, encoding: .utf8) == text)
    #expect(store.path == path)
    #expect(store.problem == nil)
    try store.add(try NotesFixtures.note(on: "Xi Jinping", in: text))
    #expect(NotesStore(path: path).notes.count == 2)
  }

  @Test func saveAsADirectoryFailsAndKeepsTheStoreAsItWas() throws {
    let path = try NotesFixtures.notesPath()
    let store = NotesStore(path: path)
    try store.add(try NotesFixtures.note(on: "shared distaste", in: text))
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    #expect(throws: NotesError.saveFailed(path: directory, reason: "is a directory")) { try store.save(as: directory) }
    #expect(store.path == path)
    #expect(!store.hasUnsavedChanges)
  }
}
