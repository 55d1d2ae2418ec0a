import GlossCore

/// The stances pane with the reader's own stances in it: each stance recorded in a note, marked
/// as the reader's, then the automatic stances of the other actors. A reader's stance wins over
/// the automatic one for the same actor, which is left out of the pane and of the highlighting.
enum UserStanceRows {
  /// The rows, and the indices of the automatic stances the reader's replace.
  static func rows(_ notes: [AnchoredNote], automatic stances: [Stance], automaticRows: [ListRow]) -> (rows: [ListRow], replaced: Set<Int>) {
    let yours = notes.filter { $0.note.stance != nil && $0.anchor.span != nil }
    let actors = Set(yours.map { $0.note.stance!.actor.lowercased() })
    let replaced = Set(stances.indices.filter { actors.contains(stances[$0].name.lowercased()) })
    var rows = yours.map { anchored in
      let stance = anchored.note.stance!
      return ListRow(
        [
          .init(PaneRows.glyph(for: stance.polarity) + " " + stance.polarity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0), "stance.\(stance.polarity.rawValue)"),
          .init(stance.actor, "ui.heading"),
          .init(stance.target.map { " on " + $0 } ?? "", "ui.dim"),
          .init(" ✎ yours", "note.marker"),
        ], target: .note(anchored.id))
    }
    rows += automaticRows.indices.filter { !replaced.contains($0) }.map { automaticRows[$0] }
    return (rows, replaced)
  }
}
