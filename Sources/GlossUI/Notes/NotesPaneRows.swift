import GlossCore

/// Builds the notes pane: a dim line saying where the notes are kept (or, as an error, why they
/// are read-only or not saved), then one row per note in text order: a glyph for its kind, its paragraph, its
/// passage, tags, the start of its comment, and how it was re-attached when not exactly; the
/// detached notes under a heading of their own.
enum NotesPaneRows {
  static func rows(_ notes: [AnchoredNote], heading: ListRow.Piece, article: Article) -> [ListRow] {
    var rows = [ListRow([heading])]
    if notes.isEmpty {
      rows.append(ListRow([.init("no notes yet: v selects, a writes a note", "ui.dim")]))
    }
    var detachedHeading = false
    for anchored in notes {
      if anchored.anchor.span == nil, !detachedHeading {
        rows.append(ListRow([.init("Detached (text no longer found)", "ui.heading")]))
        detachedHeading = true
      }
      rows.append(row(anchored, article: article))
    }
    return rows
  }

  /// The pane's first line: "in PLACE", else why the notes are read-only, else why the notes on
  /// screen are not all saved and how to save them elsewhere.
  static func heading(place: String, readOnlyReason: String? = nil, unsavedReason: String? = nil) -> ListRow.Piece {
    if let readOnlyReason { return .init("read-only: \(readOnlyReason)", "ui.status.error") }
    if let unsavedReason { return .init("not saved (\(unsavedReason)): :w FILE saves elsewhere", "ui.status.error") }
    return .init("in \(place)", "ui.dim")
  }

  /// "✎ ¶3 “passage” #tag — comment (moved)".
  static func row(_ anchored: AnchoredNote, article: Article) -> ListRow {
    let note = anchored.note
    var pieces: [ListRow.Piece] = [.init(glyph(for: note) + " ", "note.marker")]
    let passage: String
    if let span = anchored.anchor.span {
      pieces.append(.init(NotePlace(span: span, in: article).paragraph.map { "¶\($0) " } ?? "", "ui.dim"))
      passage = article.string(span)
    } else {
      passage = note.target.quote?.exact ?? ""
    }
    let hasMore = !note.tags.isEmpty || note.stance != nil || !note.comments.isEmpty
    pieces.append(.init("“" + shortened(oneLine(passage), to: hasMore ? besideMore : passageLength) + "”", "note"))
    switch anchored.anchor.attachment {
    case .exact: break
    case .moved: pieces.append(.init(" (moved)", "ui.dim"))
    case .approximate: pieces.append(.init(" (approximate)", "ui.dim"))
    case .detached: pieces.append(.init(" (detached)", "ui.dim"))
    }
    if !note.tags.isEmpty { pieces.append(.init(" " + note.tags.map { "#" + $0 }.joined(separator: " "), "ui.heading")) }
    if let stance = note.stance { pieces.append(.init(" " + stance.summary, "stance.\(stance.polarity.rawValue)")) }
    if let comment = note.comments.first { pieces.append(.init(" — " + oneLine(comment), "ui.text")) }
    return ListRow(pieces, target: .note(note.id))
  }

  /// The glyph of a note's kind: its stance's, ✎ for a comment, # for tags, ▌ for a highlight.
  static func glyph(for note: Note) -> String {
    if let stance = note.stance { return PaneRows.glyph(for: stance.polarity) }
    if !note.comments.isEmpty { return "✎" }
    return note.tags.isEmpty ? "▌" : "#"
  }

  /// Characters of a passage the pane shows before cutting it.
  static let passageLength = 32
  /// Characters of a passage followed by tags, a stance or a comment: few enough that what
  /// follows starts within a narrow pane's width (32 columns and up), cut there if need be.
  static let besideMore = 12

  /// `text`, cut to `length` characters with an ellipsis.
  static func shortened(_ text: String, to length: Int) -> String {
    text.count <= length ? text : text.prefix(length - 1) + "…"
  }

  /// `text` with its runs of white space (line breaks included) made single spaces.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
