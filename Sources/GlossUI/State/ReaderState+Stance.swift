import GlossCore

extension ReaderState {
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

  /// Records the stance typed as `text` on `subject`, replacing any stance the note had; text
  /// that cannot be read stays in the prompt for correction, with what is wrong with it.
  mutating func setStance(_ text: String, on subject: NoteSubject) -> ReaderEffect? {
    let stance: UserStance
    switch StanceEntry.parse(text) {
    case .success(let read): stance = read
    case .failure(let problem):
      overlay = .prompt(Prompt(kind: .stance(subject), text: text))
      say(StatusMessage(problem.message, isError: true))
      return nil
    }
    guard var note = existingNote(subject) ?? newNote(subject) else { return nil }
    note.bodies.removeAll { if case .stance = $0.content { true } else { false } }
    note.bodies.append(.stance(stance))
    note.refreshMotivation()
    say(StatusMessage("Stance: " + stance.summary))
    return save(note)
  }
}
