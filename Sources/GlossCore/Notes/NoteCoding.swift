import Foundation

/// Turns one annotation of a notes file into a ``Note`` and back, keeping the fields it does not
/// know: each known field is read from the annotation's object and written over a copy of it.
enum NoteCoding {
  /// The note `node` holds, or nil when it is not an annotation with an id and a target Gloss reads.
  static func note(_ node: JSONValue) -> Note? {
    guard let members = node.object, let id = members["id"]?.string,
      let targetNode = members["target"].list.first, let target = target(targetNode)
    else { return nil }
    let created = members["created"]?.string.flatMap(NoteDate.date) ?? Date(timeIntervalSince1970: 0)
    let modified = members["modified"]?.string.flatMap(NoteDate.date) ?? created
    let bodies = members["body"].list.map(body)
    let motivation =
      members["motivation"].list.first?.string.map(NoteMotivation.init) ?? Note.motivation(for: bodies)
    return Note(
      id: id, created: created, modified: modified, motivation: motivation, bodies: bodies,
      target: target, raw: members)
  }

  static func node(_ note: Note) -> JSONValue {
    var members = note.raw
    members["id"] = .string(note.id)
    members["type"] = .string("Annotation")
    members["created"] = .string(NoteDate.string(note.created))
    members["modified"] = .string(NoteDate.string(note.modified))
    members["motivation"] = .string(note.motivation.rawValue)
    members["body"] = note.bodies.isEmpty ? nil : .array(note.bodies.map(node))
    members["target"] = node(note.target)
    return .object(members)
  }

  static func tombstone(_ node: JSONValue) -> NoteTombstone? {
    guard let members = node.object, let id = members["id"]?.string,
      let deleted = members["deleted"]?.string.flatMap(NoteDate.date)
    else { return nil }
    return NoteTombstone(id: id, deleted: deleted)
  }

  static func node(_ tombstone: NoteTombstone) -> JSONValue {
    .object(["id": .string(tombstone.id), "deleted": .string(NoteDate.string(tombstone.deleted))])
  }
}
