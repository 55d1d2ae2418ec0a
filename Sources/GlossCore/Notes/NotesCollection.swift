import Foundation

/// The notes of one article: a W3C `AnnotationCollection`, with the records of deleted notes.
public struct NotesCollection: Equatable, Sendable {
  /// The format and version Gloss writes in the collection's `gloss` field.
  public static let format = "notes/1"

  /// The notes, oldest first.
  public var notes: [Note]
  /// The notes deleted from this collection (see ``merged(with:)``).
  public var tombstones: [NoteTombstone]
  /// Items Gloss cannot read as notes (no target it understands), written back as read.
  var opaqueItems: [JSONValue]
  /// The collection as it was read; the known fields are written over it.
  var raw: JSONObject

  init(notes: [Note], tombstones: [NoteTombstone], opaqueItems: [JSONValue], raw: JSONObject) {
    self.notes = notes
    self.tombstones = tombstones
    self.opaqueItems = opaqueItems
    self.raw = raw
  }

  public init(notes: [Note] = [], tombstones: [NoteTombstone] = []) {
    self.init(notes: notes, tombstones: tombstones, opaqueItems: [], raw: [:])
  }

  /// The note with `id`, if any.
  public func note(_ id: String) -> Note? { notes.first { $0.id == id } }

  /// This collection and `other` (what is on disk now) together, by note id:
  ///
  /// - a note in either is kept; for the same id, the one modified later (this one on a tie);
  /// - a tombstone in either is kept, the later one for the same id;
  /// - a note modified after its tombstone survives it and the tombstone goes, else the note goes.
  ///
  /// Unknown collection fields and unreadable items come from `other`, the newer file.
  public func merged(with other: NotesCollection) -> NotesCollection {
    var notesByID: [String: Note] = [:]
    for note in other.notes + notes {
      if let kept = notesByID[note.id], kept.modified > note.modified { continue }
      notesByID[note.id] = note
    }
    var deletedByID: [String: NoteTombstone] = [:]
    for tombstone in other.tombstones + tombstones {
      if let kept = deletedByID[tombstone.id], kept.deleted >= tombstone.deleted { continue }
      deletedByID[tombstone.id] = tombstone
    }
    for (id, tombstone) in deletedByID {
      guard let note = notesByID[id] else { continue }
      if note.modified > tombstone.deleted {
        deletedByID[id] = nil
      } else {
        notesByID[id] = nil
      }
    }
    var opaque = other.opaqueItems
    for item in opaqueItems where !opaque.contains(item) { opaque.append(item) }
    return NotesCollection(
      notes: notesByID.values.sorted { ($0.created, $0.id) < ($1.created, $1.id) },
      tombstones: deletedByID.values.sorted { ($0.deleted, $0.id) < ($1.deleted, $1.id) },
      opaqueItems: opaque, raw: other.raw.merging(raw) { newer, _ in newer })
  }
}

extension NotesCollection {
  /// The collection as the notes file holds it: a W3C `AnnotationCollection` in JSON-LD,
  /// pretty-printed with sorted keys.
  public var jsonData: Data { NotesFileFormat.encode(self) }
}
