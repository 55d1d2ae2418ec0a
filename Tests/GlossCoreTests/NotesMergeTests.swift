import Foundation
import GlossCore
import Testing

/// The merge rules of two copies of a notes collection, by note id.
@Suite("Notes merge")
struct NotesMergeTests {
  let base: Note
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  init() throws {
    base = try NotesFixtures.note(on: "shared distaste", in: try NotesFixtures.thaadText(), now: start)
  }

  /// `base` with `comment`, modified `seconds` after it was made.
  func edited(_ comment: String, after seconds: Double) -> Note {
    var note = base
    note.bodies = [.comment(comment)]
    note.modified = start.addingTimeInterval(seconds)
    return note
  }

  func tombstone(after seconds: Double) -> NoteTombstone {
    NoteTombstone(id: base.id, deleted: start.addingTimeInterval(seconds))
  }

  @Test func theLaterModificationWinsEitherWay() {
    let mine = NotesCollection(notes: [edited("mine", after: 10)])
    let theirs = NotesCollection(notes: [edited("theirs", after: 20)])
    #expect(mine.merged(with: theirs).notes.map(\.comments) == [["theirs"]])
    #expect(theirs.merged(with: mine).notes.map(\.comments) == [["theirs"]])
  }

  @Test func onATieTheStoresOwnCopyWins() {
    let mine = NotesCollection(notes: [edited("mine", after: 10)])
    let theirs = NotesCollection(notes: [edited("theirs", after: 10)])
    #expect(mine.merged(with: theirs).notes.map(\.comments) == [["mine"]])
  }

  @Test func aTombstoneRemovesAnOlderNote() {
    let mine = NotesCollection(notes: [edited("mine", after: 10)])
    let theirs = NotesCollection(tombstones: [tombstone(after: 15)])
    let merged = mine.merged(with: theirs)
    #expect(merged.notes.isEmpty)
    #expect(merged.tombstones == [tombstone(after: 15)])
  }

  @Test func anEditAfterTheDeletionSurvivesIt() {
    let mine = NotesCollection(tombstones: [tombstone(after: 15)])
    let theirs = NotesCollection(notes: [edited("theirs", after: 20)])
    let merged = mine.merged(with: theirs)
    #expect(merged.notes.map(\.comments) == [["theirs"]])
    #expect(merged.tombstones.isEmpty)
  }

  @Test func notesOfBothCopiesAreKeptOldestFirst() throws {
    let other = try NotesFixtures.note(
      on: "Xi Jinping", in: try NotesFixtures.thaadText(), now: start.addingTimeInterval(-5))
    let merged = NotesCollection(notes: [base]).merged(with: NotesCollection(notes: [other]))
    #expect(merged.notes.map(\.id) == [other.id, base.id])
  }
}
