import Foundation
import GlossCore

extension ReaderState {
  /// Shows the notes read from the notes file at `location`, for new notes on `source`; read-only
  /// with the reason when the file could not be read (`problem`).
  public mutating func openNotes(_ notes: [Note], location: NotesLocation, source: String, problem: NotesError?) {
    self.notes.open(notes, place: NotesPlace.describe(location), source: source, readOnlyReason: problem?.reason)
    message = problem.map { StatusMessage($0.message, isError: true) } ?? StatusMessage("notes: \(self.notes.place)")
  }

  /// After a save: the notes as the file now holds them (merged with other copies), and the
  /// error if the save failed (the change stays on screen and in memory).
  public mutating func notesSaved(_ notes: [Note], error: NotesError?) {
    self.notes.replace(with: notes)
    if let error { message = StatusMessage(error.message, isError: true) }
  }

  /// `a`: opens the editor for a note on the passage.
  mutating func writeNote() {
    guard canChangeNotes(), let passage else { return }
    overlay = .editor(NoteEditor(subject: .passage(passage)))
  }

  /// `h`: highlights the passage (a note without a body).
  mutating func highlightPassage() -> ReaderEffect? {
    guard canChangeNotes(), let passage else { return nil }
    if notes.note(on: passage) != nil {
      message = StatusMessage("Already marked: e edits it in the notes pane")
      return nil
    }
    message = StatusMessage("Highlighted")
    return save(Note(target: notes.target(passage)))
  }

  /// `t`: asks for tags for the selected note (in the notes pane) or the passage.
  mutating func askForTags() {
    guard canChangeNotes(), let subject = noteSubject else { return }
    overlay = .prompt(Prompt(kind: .tags(subject)))
  }

  /// `S`: asks for a stance on the selected note or the passage, starting with a likely actor:
  /// the current quote's speaker, else the first entity in the passage (Tab offers the next).
  mutating func askForStance() {
    guard canChangeNotes(), let subject = noteSubject else { return }
    let span: Span? = switch subject {
    case .passage(let span): span
    case .note(let id): notes.note(id)?.anchor.span
    }
    let quote = currentQuote.flatMap { document.quotes[$0].span == span ? document.quotes[$0].speaker?.name : nil }
    let actor = existingNote(subject)?.stance?.actor ?? quote ?? span.flatMap { StanceEntry.actors(for: $0, in: document.annotations).first }
    overlay = .prompt(Prompt(kind: .stance(subject), text: actor.map { $0 + ": " } ?? ""))
  }

  /// Records the stance typed as `text` on `subject`, replacing any stance the note had.
  mutating func setStance(_ text: String, on subject: NoteSubject) -> ReaderEffect? {
    guard let stance = StanceEntry.parse(text) else {
      message = StatusMessage(StanceEntry.usage, isError: true)
      return nil
    }
    guard var note = existingNote(subject) ?? newNote(subject) else { return nil }
    note.bodies.removeAll { if case .stance = $0.content { true } else { false } }
    note.bodies.append(.stance(stance))
    note.refreshMotivation()
    message = StatusMessage("Stance: " + stance.summary)
    return save(note)
  }

  /// Adds the tags in `text` (separated by commas or spaces, `#` optional) to `subject`: to the
  /// note, the note already on the passage, or a new note on it.
  mutating func addTags(_ text: String, to subject: NoteSubject) -> ReaderEffect? {
    let typed = text.split { $0 == "," || $0.isWhitespace }.map { String($0.drop { $0 == "#" }) }.filter { !$0.isEmpty }
    guard !typed.isEmpty else { return nil }
    guard var note = existingNote(subject) ?? newNote(subject) else { return nil }
    let fresh = typed.reduce(into: [String]()) { tags, tag in
      if !note.tags.contains(tag), !tags.contains(tag) { tags.append(tag) }
    }
    note.bodies += fresh.map(NoteBody.tag)
    note.refreshMotivation()
    message = StatusMessage("Tagged " + fresh.map { "#" + $0 }.joined(separator: " "))
    return save(note)
  }

  /// `e` in the notes pane: opens the editor on the selected note's comment.
  mutating func editNote() {
    guard canChangeNotes(), let id = focusedNote, let note = notes.note(id)?.note else { return }
    overlay = .editor(NoteEditor(subject: .note(id: id), text: note.comments.first ?? ""))
  }

  /// Enter in the editor: saves the text as the note's comment (a new note on a passage, or the
  /// note being changed). An empty new note is not saved.
  mutating func saveEditor(_ editor: NoteEditor) -> ReaderEffect? {
    overlay = .none
    let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
    if case .passage = editor.subject, text.isEmpty {
      message = StatusMessage("Empty note not saved (h highlights without one)")
      return nil
    }
    guard var note = existingNote(editor.subject) ?? newNote(editor.subject) else { return nil }
    if let index = note.bodies.firstIndex(where: \.isComment) {
      if text.isEmpty {
        note.bodies.removeAll(where: \.isComment)
      } else {
        note.bodies[index].content = .text(value: text, purpose: "commenting")
      }
    } else if !text.isEmpty {
      note.bodies.insert(.comment(text), at: 0)
    }
    note.refreshMotivation()
    message = StatusMessage("Note saved")
    return save(note)
  }

  /// `d` in the notes pane: deletes the selected note (`u` brings it back).
  mutating func deleteNote() -> ReaderEffect? {
    guard canChangeNotes(), let id = focusedNote else { return nil }
    let row = list(.notes).selected
    notes.remove(id)
    if currentNote == id { currentNote = nil }
    select(row: min(row, rows(.notes).count - 1), in: .notes)
    select(in: .notes, by: 0)
    message = StatusMessage("Note deleted: u brings it back")
    return .saveNote(.delete(id: id))
  }

  /// `u`: brings back the last note deleted.
  mutating func undoDelete() -> ReaderEffect? {
    guard canChangeNotes(), let note = notes.lastDeleted else {
      message = StatusMessage("Nothing to undo")
      return nil
    }
    notes.lastDeleted = nil
    notes.put(note)
    if let row = rowIndex(ofNote: note.id) { select(row: row, in: .notes) }
    message = StatusMessage("Note restored")
    return .saveNote(.restore(note))
  }

  /// `}` and `{`: the next or previous attached note after (before) the one shown last, or
  /// after the top of the body; the body scrolls to it and the notes pane follows.
  mutating func stepNote(by step: Int) {
    let attached = notes.anchored.filter { $0.anchor.span != nil }
    guard !attached.isEmpty else {
      message = StatusMessage("No notes yet: v selects, a writes a note")
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
      message = StatusMessage(step > 0 ? "Last note" : "First note")
      return
    }
    show(note: attached[index])
    message = StatusMessage("note \(index + 1)/\(attached.count)")
  }

  /// Shows a note: the body scrolls to its passage and the notes pane selects it; a detached
  /// note says so.
  mutating func show(note anchored: AnchoredNote) {
    currentNote = anchored.id
    if let row = rowIndex(ofNote: anchored.id) { select(row: row, in: .notes) }
    guard let span = anchored.anchor.span else {
      message = StatusMessage("Detached: this passage is no longer in the text")
      return
    }
    reveal(span.start)
  }

  /// The rows of a list pane: the notes pane's from the notes, the others' from the document.
  public func rows(_ pane: PaneID) -> [ListRow] {
    switch pane {
    case .notes: return notes.rows
    case .stances: return notes.stanceRows
    default: return document.rows(pane)
    }
  }

  private func rowIndex(ofNote id: String) -> Int? { notes.rows.firstIndex { $0.target == .note(id) } }

  /// What `t` and `S` apply to: the note selected in the notes pane, else the passage.
  private var noteSubject: NoteSubject? {
    focusedNote.map { .note(id: $0) } ?? passage.map { .passage($0) }
  }

  /// The note selected in the notes pane, when that pane has focus.
  private var focusedNote: String? {
    let rows = notes.rows
    let selected = list(.notes).selected
    guard focus == .notes, rows.indices.contains(selected), case .note(let id) = rows[selected].target else { return nil }
    return id
  }

  /// True when notes can be changed; otherwise says why on the status line.
  private mutating func canChangeNotes() -> Bool {
    guard let reason = notes.readOnlyReason else { return true }
    message = StatusMessage("Notes are read-only: \(reason)", isError: true)
    return false
  }

  private func existingNote(_ subject: NoteSubject) -> Note? {
    switch subject {
    case .note(let id): return notes.note(id)?.note
    case .passage(let span): return notes.note(on: span)?.note
    }
  }

  private func newNote(_ subject: NoteSubject) -> Note? {
    guard case .passage(let span) = subject else { return nil }
    return Note(target: notes.target(span))
  }

  /// Shows `note` at once, ends the selection and asks for it to be saved.
  private mutating func save(_ note: Note) -> ReaderEffect {
    notes.put(note)
    selection = nil
    currentNote = note.id
    return .saveNote(.put(note))
  }
}
