import GlossCore

/// What the program around the reader must do after an event.
public enum ReaderEffect: Equatable, Sendable {
  case quit
  /// Load the theme with this name or path and draw with it.
  case loadTheme(String)
  /// Save a change to the notes file; the state already shows it.
  case saveNote(NoteChange)
  /// Write the notes to this file in this format.
  case exportNotes(String, NotesExportFormat)
  /// Open this URL (already checked by `LinkLauncher.allows`) in the browser.
  case openLink(String)
  /// Show the actor this entity (an id of the document's annotations) belongs to across the
  /// library the article was opened from.
  case followActor(entity: String)
}

/// A change to the notes that the notes file must record.
public enum NoteChange: Equatable, Sendable {
  /// A new note, or a new version of one.
  case put(Note)
  case delete(id: String)
  /// A deleted note brought back.
  case restore(Note)
  /// `:w [FILE]`: every note written to FILE, which keeps them from now on, or (nil) to the
  /// notes file again.
  case saveAll(to: String?)
}
