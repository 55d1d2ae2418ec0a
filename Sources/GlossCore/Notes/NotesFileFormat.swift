import Foundation

/// Reads and writes a notes file: a W3C `AnnotationCollection` in JSON-LD (see docs/notes.md).
enum NotesFileFormat {
  static let context = "http://www.w3.org/ns/anno.jsonld"
  static let supportedMajorVersion = 1

  /// The collection in `data`, read from `path`.
  static func decode(_ data: Data, path: String) throws(NotesError) -> NotesCollection {
    guard let node = try? JSONDecoder().decode(JSONValue.self, from: data) else {
      throw .unreadable(path: path, reason: "not valid JSON")
    }
    guard let members = node.object,
      members["type"].list.contains(.string("AnnotationCollection"))
    else {
      throw .unreadable(path: path, reason: "not an AnnotationCollection")
    }
    if let version = members["gloss"] {
      guard let text = version.string, let major = majorVersion(text) else {
        throw .unreadable(path: path, reason: "the gloss field is not a notes version")
      }
      guard major == supportedMajorVersion else { throw .unsupportedVersion(path: path, version: text) }
    }
    var notes: [Note] = []
    var opaque: [JSONValue] = []
    for item in members["items"].list {
      if let note = NoteCoding.note(item) { notes.append(note) } else { opaque.append(item) }
    }
    let tombstones = members["deleted"].list.compactMap(NoteCoding.tombstone)
    return NotesCollection(notes: notes, tombstones: tombstones, opaqueItems: opaque, raw: members)
  }

  /// `collection` as a pretty-printed document with sorted keys, ending in a line break.
  static func encode(_ collection: NotesCollection) -> Data {
    var members = collection.raw
    members["@context"] = .string(context)
    members["type"] = .string("AnnotationCollection")
    members["gloss"] = members["gloss"] ?? .string(NotesCollection.format)
    members["total"] = .int(collection.notes.count)
    members["items"] = .array(collection.notes.map(NoteCoding.node) + collection.opaqueItems)
    members["deleted"] =
      collection.tombstones.isEmpty ? nil : .array(collection.tombstones.map(NoteCoding.node))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding a JSONValue cannot fail: it holds only JSON values (non-finite numbers are never read).
    var data = (try? encoder.encode(JSONValue.object(members))) ?? Data()
    data.append(0x0A)
    return data
  }

  /// The major version of a `notes/MAJOR[.MINOR]` string.
  static func majorVersion(_ text: String) -> Int? {
    guard text.hasPrefix("notes/") else { return nil }
    return Int(text.dropFirst("notes/".count).prefix { $0 != "." })
  }
}
