/// The note editor: the text of a note being written or changed. `Enter` saves and `Esc`
/// cancels (both handled by the state); the text is edited as ``EditableText``.
public struct NoteEditor: Equatable, Sendable {
  /// What the note is on, or which note is being changed.
  public var subject: NoteSubject
  /// The text and its cursor.
  public private(set) var box: EditableText
  /// The text the editor opened with.
  public let original: String
  /// True while asking whether to throw away what was typed (after `Esc`).
  public var isConfirmingDiscard = false

  public init(subject: NoteSubject, text: String = "") {
    self.subject = subject
    original = text
    box = EditableText(text)
  }

  public var text: String { box.text }
  public var characters: [Character] { box.characters }
  public var cursor: Int { box.cursor }

  /// True when the text differs from what the editor opened with: `Esc` then asks first.
  public var hasChanges: Bool { text != original }

  /// Applies an editing key; returns false for a key the box does not use.
  public mutating func edit(_ key: Key) -> Bool { box.edit(key) }
}
