import Foundation
import GlossCore

extension ReaderState {
  /// Shows the notes read from the notes file at `location`, for new notes on `source`; read-only
  /// with the reason when the file could not be read (`problem`).
  public mutating func openNotes(_ notes: [Note], location: NotesLocation, source: String, problem: NotesError?) {
    self.notes.open(notes, place: location.label(), source: source, readOnlyReason: problem?.reason)
    announce(problem.map { StatusMessage($0.message, isError: true) } ?? StatusMessage("notes: \(self.notes.place)"))
  }

  /// After a save: the notes as the file now holds them (merged with other copies), and the
  /// error if the save failed. When that left changes `unsaved` (a full disk, a directory in the
  /// way), the notes stay on screen and in memory, the notes pane says they are not saved, and
  /// the status line names the file, the reason and `:w FILE`.
  public mutating func notesSaved(_ notes: [Note], error: NotesError?, unsaved: Bool) {
    self.notes.saved(notes, failure: unsaved ? error?.reason : nil)
    guard let error else { return }
    guard unsaved else {
      say(StatusMessage(error.message, isError: true))
      return
    }
    let name = (error.path as NSString).lastPathComponent
    say(StatusMessage(
      "\(name): notes not saved (\(error.reason)); kept in memory, :w FILE saves them elsewhere", isError: true))
  }

  /// After `:w`: every note saved to their file again, or to the one at `location`, which keeps
  /// them from now on (and lets them be changed, if the old one was read-only).
  public mutating func notesWritten(_ notes: [Note], to location: NotesLocation?) {
    if let location { self.notes.move(to: location.label()) }
    self.notes.saved(notes, failure: nil)
    let count = "\(notes.count) note\(notes.count == 1 ? "" : "s")"
    let place = self.notes.place
    say(StatusMessage(location == nil ? "Saved \(count) to \(place)" : "Saved \(count) to \(place); notes are kept there from now on"))
  }

  /// `q` and `:q`: quits, unless some notes are not saved; `:q!` quits all the same.
  mutating func quit() -> ReaderEffect? {
    guard let reason = notes.unsavedReason else { return .quit }
    say(StatusMessage("Notes not saved (\(reason)): :w FILE saves them, :q! quits without", isError: true))
    return nil
  }

  /// `}` and `{`: the next or previous attached note after (before) the one shown last, or
  /// after the top of the body; the body scrolls to it and the notes pane follows.
  mutating func stepNote(by step: Int) {
    let attached = notes.anchored.filter { $0.anchor.span != nil }
    guard !attached.isEmpty else {
      say(StatusMessage("No notes yet: v selects, a writes a note"))
      return
    }
    let index: Int?
    if let current = currentNote, let position = attached.firstIndex(where: { $0.id == current }) {
      index = position + step
    } else {
      let top = body.rows.indices.contains(bodyTop) ? body.rows[bodyTop].span.start : 0
      index = step > 0 ? attached.firstIndex { $0.anchor.span!.start >= top } : attached.lastIndex { $0.anchor.span!.start < top }
    }
    guard let index, attached.indices.contains(index) else {
      say(StatusMessage(step > 0 ? "Last note" : "First note"))
      return
    }
    show(note: attached[index])
    say(StatusMessage("note \(index + 1)/\(attached.count)"))
  }

  /// Shows a note: the body scrolls to its passage and the notes pane selects it; a detached
  /// note says so.
  mutating func show(note anchored: AnchoredNote) {
    currentNote = anchored.id
    if let row = rowIndex(ofNote: anchored.id) { select(row: row, in: .notes) }
    guard let span = anchored.anchor.span else {
      say(StatusMessage("Detached: this passage is no longer in the text"))
      return
    }
    reveal(span.start)
  }

  /// The rows of a list pane: the notes pane's from the notes, the others' from the document.
  public func rows(_ pane: PaneID) -> ListRows {
    switch pane {
    case .notes: return ListRows(notes.rows)
    case .stances: return ListRows(notes.stanceRows)
    default: return document.rows(pane)
    }
  }

  func rowIndex(ofNote id: String) -> Int? { notes.rows.firstIndex { $0.target == .note(id) } }

  /// What `t` and `S` apply to: the note selected in the notes pane, else the passage.
  var noteSubject: NoteSubject? {
    focusedNote.map { .note(id: $0) } ?? passage.map { .passage($0) }
  }

  /// The note selected in the notes pane, when that pane has focus.
  var focusedNote: String? {
    let rows = notes.rows
    let selected = list(.notes).selected
    guard focus == .notes, rows.indices.contains(selected), case .note(let id) = rows[selected].target else { return nil }
    return id
  }

  /// The note selected in the notes pane for `e` and `d`; without one, says where to go.
  mutating func noteInPane() -> String? {
    if focusedNote == nil { say(StatusMessage("Select a note in the notes pane (6) first")) }
    return focusedNote
  }

  /// True when notes can be changed; otherwise says why on the status line.
  mutating func canChangeNotes() -> Bool {
    guard let reason = notes.readOnlyReason else { return true }
    say(StatusMessage("Notes are read-only: \(reason)", isError: true))
    return false
  }

  func existingNote(_ subject: NoteSubject) -> Note? {
    switch subject {
    case .note(let id): return notes.note(id)?.note
    case .passage(let span): return notes.note(on: span)?.note
    }
  }

  func newNote(_ subject: NoteSubject) -> Note? {
    guard case .passage(let span) = subject else { return nil }
    return Note(target: notes.target(span))
  }

  /// Shows `note` at once, ends the selection and asks for it to be saved.
  mutating func save(_ note: Note) -> ReaderEffect {
    notes.put(note)
    selection = nil
    currentNote = note.id
    return .saveNote(.put(note))
  }
}
