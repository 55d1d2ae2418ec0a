import GlossCore

/// Draws the note editor: a box over the panes, above or below the passage being annotated so
/// it stays in view, with the passage on its first line, the text wrapped by columns (wide
/// characters take two), the terminal cursor where typing goes, and the keys on its bottom
/// border (or the question whether to discard what was typed).
struct NoteEditorView {
  let editor: NoteEditor
  let state: ReaderState
  let theme: Theme

  func draw(into buffer: inout CellBuffer) {
    let width = min(72, buffer.width - 2)
    let inner = width - 4
    let (rows, cursor) = Self.wrap(editor.characters, cursor: editor.cursor, width: max(inner, 1))
    let height = min(max(rows.count, 4) + 3, buffer.height - 2)
    guard inner > 4, height > 3 else { return }
    let style = theme.style("ui.help")
    let box = Frame.draw(width: width, height: height, title: title, into: &buffer, style: style, top: top(height: height, in: buffer))
    let hint = editor.isConfirmingDiscard
      ? " Discard this note? y discards, another key goes back "
      : " Enter saves · C-j new line · Esc cancels "
    Truncation.put(hint, into: &buffer, x: box.x + 2, y: box.maxY - 1, width: width - 4, style: style)
    Truncation.put("“" + NotesPaneRows.oneLine(passage) + "”", into: &buffer, x: box.x + 2, y: box.y + 1, width: inner, style: style.patched(with: theme.style("ui.dim")))
    let visible = height - 3
    let first = max(cursor.y - visible + 1, 0)
    for (line, text) in rows.dropFirst(first).prefix(visible).enumerated() {
      buffer.put(text, x: box.x + 2, y: box.y + 2 + line, style: style, limit: inner)
    }
    buffer.cursor = Point(x: box.x + 2 + min(cursor.x, inner - 1), y: box.y + 2 + cursor.y - first)
  }

  /// Where the box starts: below the title bar when the passage's rows on screen are in the
  /// lower half, else just above the status line; centred when the passage is not on screen.
  private func top(height: Int, in buffer: CellBuffer) -> Int? {
    guard let span = subjectSpan, let body = state.layout.panes[.body] else { return nil }
    let first = state.body.row(containing: span.start) - state.bodyTop
    let last = state.body.row(containing: max(span.end - 1, span.start)) - state.bodyTop
    guard last >= 0, first < state.bodyHeight else { return nil }
    let middle = body.y + 1 + (max(first, 0) + min(last, state.bodyHeight - 1)) / 2
    return middle >= buffer.height / 2 ? 1 : buffer.height - 1 - height
  }

  /// The span of the text the note is on, if it is anchored.
  private var subjectSpan: Span? {
    switch editor.subject {
    case .passage(let span): return span
    case .note(let id): return state.notes.note(id)?.anchor.span
    }
  }

  private var title: String {
    if case .note = editor.subject { return " Edit note " }
    return " New note "
  }

  /// The text the note is on.
  private var passage: String {
    switch editor.subject {
    case .passage(let span): return state.document.article.string(span)
    case .note(let id): return state.notes.note(id).map { $0.note.target.quote?.exact ?? "" } ?? ""
    }
  }

  /// `characters` cut into rows at line breaks and wherever the next grapheme would pass
  /// `width` columns, and where `cursor` (an index into `characters`) falls on them.
  static func wrap(_ characters: [Character], cursor: Int, width: Int) -> (rows: [String], cursor: Point) {
    var rows: [String] = []
    var row = ""
    var column = 0
    var position = Point(x: 0, y: 0)
    for (index, character) in characters.enumerated() {
      let columns = character == "\n" ? 0 : DisplayWidth.of(Sanitizer.visible(character))
      if column + columns > width {
        rows.append(row)
        row = ""
        column = 0
      }
      if index == cursor { position = Point(x: column, y: rows.count) }
      if character == "\n" {
        rows.append(row)
        row = ""
        column = 0
      } else {
        row.append(character)
        column += columns
      }
    }
    if cursor >= characters.count { position = Point(x: column, y: rows.count) }
    rows.append(row)
    return (rows, position)
  }
}
