/// One body of a note: a comment, a tag, a stance, or a body Gloss does not know, kept as read.
///
/// To edit a body read from a file, change its ``content``: the fields of the body Gloss does not
/// know (a `language`, a `creator`) stay. Bodies are equal when their contents are (and, for
/// bodies of another shape, when they were read the same).
public struct NoteBody: Equatable, Sendable {
  /// What the body says.
  public enum Content: Equatable, Sendable {
    /// A W3C `TextualBody`: its text and purpose (`commenting`, `tagging`, or another).
    case text(value: String, purpose: String?)
    /// A `classifying` body holding the reader's stance.
    case stance(UserStance)
    /// A body of another shape (an IRI, a `SpecificResource`…): written back as it was read.
    case other
  }

  public var content: Content
  /// The body as it was read; the known fields are written over it.
  var raw: JSONValue

  init(content: Content, raw: JSONValue) {
    self.content = content
    self.raw = raw
  }

  public static func == (lhs: NoteBody, rhs: NoteBody) -> Bool {
    lhs.content == rhs.content && (lhs.content != .other || lhs.raw == rhs.raw)
  }

  public init(_ content: Content) { self.init(content: content, raw: .object([:])) }

  /// A comment: a `TextualBody` with purpose `commenting`.
  public static func comment(_ text: String) -> NoteBody {
    NoteBody(.text(value: text, purpose: "commenting"))
  }

  /// A tag: a `TextualBody` with purpose `tagging`.
  public static func tag(_ name: String) -> NoteBody { NoteBody(.text(value: name, purpose: "tagging")) }

  /// A stance: a `TextualBody` with purpose `classifying` and a `stance` member.
  public static func stance(_ stance: UserStance) -> NoteBody { NoteBody(.stance(stance)) }
}
