import GlossCore

/// What a note action is about: a passage of the text (a new note) or a note already made.
public enum NoteSubject: Hashable, Sendable {
  case passage(Span)
  case note(id: String)
}
