import GlossCore

extension Note {
  /// Sets the motivation from the bodies after an edit, unless it is one Gloss does not write
  /// (read from another tool), which is kept.
  mutating func refreshMotivation() {
    let known: [NoteMotivation] = [.commenting, .highlighting, .tagging, .classifying]
    if known.contains(motivation) { motivation = Note.motivation(for: bodies) }
  }
}

extension NoteBody {
  /// True for a comment: a textual body that is not a tag.
  var isComment: Bool {
    if case .text(_, let purpose) = content { purpose != "tagging" } else { false }
  }
}
