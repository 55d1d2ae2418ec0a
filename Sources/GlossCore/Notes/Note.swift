import Foundation

/// A note on a passage of an article: one W3C Web Annotation.
///
/// A value: the reader edits a copy and hands it to ``NotesStore`` to keep. Fields of the
/// annotation that Gloss does not know are kept from the file and written back; they do not take
/// part in equality, which compares what Gloss knows.
public struct Note: Equatable, Sendable, Identifiable {
  /// A `urn:uuid:` IRI.
  public var id: String
  public var created: Date
  public var modified: Date
  public var motivation: NoteMotivation
  public var bodies: [NoteBody]
  public var target: NoteTarget
  /// The annotation as it was read; the known fields are written over it.
  var raw: JSONObject

  init(
    id: String, created: Date, modified: Date, motivation: NoteMotivation, bodies: [NoteBody],
    target: NoteTarget, raw: JSONObject
  ) {
    self.id = id
    self.created = created
    self.modified = modified
    self.motivation = motivation
    self.bodies = bodies
    self.target = target
    self.raw = raw
  }

  public static func == (lhs: Note, rhs: Note) -> Bool {
    (lhs.id, lhs.created, lhs.modified, lhs.motivation) == (rhs.id, rhs.created, rhs.modified, rhs.motivation)
      && lhs.bodies == rhs.bodies && lhs.target == rhs.target
  }

  /// A new note on `target` with `bodies`, made `now`, with a fresh id; the motivation follows
  /// from the bodies (see ``motivation(for:)``).
  public init(target: NoteTarget, bodies: [NoteBody] = [], now: Date = Date()) {
    let time = NoteDate.rounded(now)
    self.init(
      id: "urn:uuid:" + UUID().uuidString.lowercased(), created: time, modified: time,
      motivation: Self.motivation(for: bodies), bodies: bodies, target: target, raw: [:])
  }

  /// The motivation a note with `bodies` has: `classifying` with a stance, else `commenting`
  /// with a comment, else `tagging` with tags, else `highlighting`.
  public static func motivation(for bodies: [NoteBody]) -> NoteMotivation {
    let contents = bodies.map(\.content)
    if contents.contains(where: { if case .stance = $0 { true } else { false } }) { return .classifying }
    if contents.contains(where: { if case .text(_, let purpose) = $0 { purpose != "tagging" } else { false } }) {
      return .commenting
    }
    return contents.isEmpty ? .highlighting : .tagging
  }

  /// The comments, in order: textual bodies that are not tags.
  public var comments: [String] {
    bodies.compactMap {
      if case .text(let value, let purpose) = $0.content, purpose != "tagging" { value } else { nil }
    }
  }

  /// The tags, in order.
  public var tags: [String] {
    bodies.compactMap {
      if case .text(let value, "tagging") = $0.content { value } else { nil }
    }
  }

  /// The reader's stance, if the note records one.
  public var stance: UserStance? {
    bodies.lazy.compactMap { if case .stance(let stance) = $0.content { stance } else { nil } }.first
  }
}
