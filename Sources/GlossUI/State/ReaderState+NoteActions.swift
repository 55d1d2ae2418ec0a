import Foundation
import GlossCore

extension ReaderState {
  /// `a`: opens the editor for a note on the passage.
  mutating func writeNote() {
    guard canChangeNotes(), let passage else { return }
    overlay = .editor(NoteEditor(subject: .passage(passage)))
  }

  /// `h`: highlights the passage (a note without a body).
  mutating func highlightPassage() -> ReaderEffect? {
    guard canChangeNotes(), let passage else { return nil }
    if notes.note(on: passage) != nil {
      say(StatusMessage("Already marked: e edits it in the notes pane"))
      return nil
    }
    say(StatusMessage("Highlighted"))
    return save(Note(target: notes.target(passage)))
  }

  /// `t`: asks for tags for the selected note (in the notes pane) or the passage.
  mutating func askForTags() {
    guard canChangeNotes(), let subject = noteSubject else { return }
    overlay = .prompt(Prompt(kind: .tags(subject)))
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
    say(StatusMessage("Tagged " + fresh.map { "#" + $0 }.joined(separator: " ")))
    return save(note)
  }

  /// `e` in the notes pane: opens the editor on the selected note's comment.
  mutating func editNote() {
    guard canChangeNotes(), let id = noteInPane(), let note = notes.note(id)?.note else { return }
    overlay = .editor(NoteEditor(subject: .note(id: id), text: note.comments.first ?? ""))
  }

  /// Enter in the editor: saves the text as the note's comment (a new note on a passage, or the
  /// note being changed). An empty new note is not saved.
  mutating func saveEditor(_ editor: NoteEditor) -> ReaderEffect? {
    overlay = .none
    let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
    if case .passage = editor.subject, text.isEmpty {
      say(StatusMessage("Empty note not saved (h highlights without one)"))
      return nil
    }
    guard var note = newNote(editor.subject) ?? existingNote(editor.subject) else { return nil }
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
    say(StatusMessage("Note saved"))
    return save(note)
  }

  /// `d` in the notes pane: deletes the selected note (`u` brings it back).
  mutating func deleteNote() -> ReaderEffect? {
    guard canChangeNotes(), let id = noteInPane() else { return nil }
    let row = list(.notes).selected
    notes.remove(id)
    if currentNote == id { currentNote = nil }
    select(row: min(row, rows(.notes).count - 1), in: .notes)
    select(in: .notes, by: 0)
    say(StatusMessage("Note deleted: u brings it back"))
    return .saveNote(.delete(id: id))
  }

  /// `u`: brings back the last note deleted.
  mutating func undoDelete() -> ReaderEffect? {
    guard canChangeNotes(), let note = notes.lastDeleted else {
      say(StatusMessage("Nothing to undo"))
      return nil
    }
    notes.lastDeleted = nil
    notes.put(note)
    if let row = rowIndex(ofNote: note.id) { select(row: row, in: .notes) }
    say(StatusMessage("Note restored"))
    return .saveNote(.restore(note))
  }
}
