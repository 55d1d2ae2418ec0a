import GlossCore

/// Draws the visible rows of the body: wrapped text centred in the pane at the text width,
/// each grapheme styled by the marks under it (quotes, entities, stance evidence by the
/// highlight mode; notes, the selection, the current quote and search matches always), a
/// marker in the margin beside lines with a note, and the publisher-text fold.
struct BodyView {
  let state: ReaderState
  let theme: Theme

  /// A span and the style laid over the text in it.
  private struct Layer {
    var span: Span
    var style: Style
  }

  func draw(into buffer: inout CellBuffer, at area: Rect) {
    let layout = state.body
    let margin = layout.margin(inPaneWidth: area.width)
    let rows = layout.rows.dropFirst(state.bodyTop).prefix(area.height)
    for (line, row) in rows.enumerated() {
      let y = area.y + line
      let x = area.x + margin
      switch row.kind {
      case .blank: continue
      case .fold(let hidden):
        let text = hidden > 0
          ? "▸ \(hidden) paragraph\(hidden == 1 ? "" : "s") of publisher text — Enter to show"
          : "▾ publisher text — Enter to fold"
        Truncation.put(text, into: &buffer, x: x, y: y, width: area.maxX - x, style: theme.style("ui.dim"))
      case .text(let paragraph):
        if !state.notes.notes(overlapping: row.span).isEmpty {
          buffer.put("▌", x: x - 1, y: y, style: theme.style("note.marker"))
        }
        draw(row, paragraph: paragraph, into: &buffer, x: x, y: y, limit: area.maxX)
      }
    }
  }

  private func draw(_ row: BodyRow, paragraph index: Int, into buffer: inout CellBuffer, x: Int, y: Int, limit: Int) {
    let article = state.document.article
    let paragraph = article.paragraphs[index]
    var base = theme.style("ui.text")
    if paragraph.role == .heading { base = base.patched(with: theme.style("heading")) }
    if paragraph.isBoilerplate { base = base.patched(with: theme.style("ui.dim")) }
    var column = x
    if row.indent > 0 {
      buffer.put("│", x: column, y: y, style: theme.style("ui.dim"))
      column += row.indent
    }
    let layers = self.layers(for: row.span, paragraph: index)
    var offset = row.span.start
    for character in article.string(row.span) {
      var style = base
      for layer in layers where layer.span.contains(offset) { style = style.patched(with: layer.style) }
      column = buffer.put(String(character), x: column, y: y, style: style, limit: limit - column)
      offset += character.unicodeScalars.count
    }
  }

  /// What to lay over the text of `span`, lowest first: marks by highlight mode, then notes,
  /// the current quote and the place Enter jumped to (both `quote.current`), the selection,
  /// then search matches (the current one last).
  private func layers(for span: Span, paragraph: Int) -> [Layer] {
    let document = state.document
    var layers: [Layer] = []
    for mark in document.marks.marks(in: paragraph, overlapping: span) {
      switch (mark.kind, state.highlight) {
      case (.entity(let type), .actor), (.entity(let type), .stance):
        layers.append(Layer(span: mark.span, style: theme.style("entity.\(type.rawValue)")))
      case (.quote(let quote), .actor):
        let style = theme.style("quote").patched(with: theme.style(document.actors.scope(for: document.quotes[quote])))
        layers.append(Layer(span: mark.span, style: style))
      case (.quote, .stance):
        layers.append(Layer(span: mark.span, style: theme.style("quote")))
      case (.evidence(let polarity, let stance), .stance) where !state.notes.replacedStances.contains(stance):
        layers.append(Layer(span: mark.span, style: theme.style("stance.\(polarity.rawValue)")))
      default:
        break
      }
    }
    for note in state.notes.notes(overlapping: span) {
      layers.append(Layer(span: note.anchor.span!, style: theme.style(note.id == state.currentNote ? "note.current" : "note")))
      if state.highlight == .stance, let stance = note.note.stance {
        layers.append(Layer(span: note.anchor.span!, style: theme.style("stance.\(stance.polarity.rawValue)")))
      }
    }
    if let current = state.currentQuote {
      for piece in document.quotes[current].pieces where piece.overlaps(span) {
        layers.append(Layer(span: piece, style: theme.style("quote.current")))
      }
    }
    if let jumped = state.jumpedTo, jumped.overlaps(span) {
      layers.append(Layer(span: jumped, style: theme.style("quote.current")))  // the passage gone to
    }
    if let selection = state.selection?.span, selection.overlaps(span) {
      layers.append(Layer(span: selection, style: theme.style("ui.selection")))
    }
    layers += matches(overlapping: span)
    return layers
  }

  private func matches(overlapping span: Span) -> [Layer] {
    guard state.search.isMarked else { return [] }
    let matches = state.search.matches
    var index = matches.partitionIndex { $0.end <= span.start }
    var layers: [Layer] = []
    while index < matches.count, matches[index].start < span.end {
      let scope = index == state.search.current ? "search.current" : "search.match"
      layers.append(Layer(span: matches[index], style: theme.style(scope)))
      index += 1
    }
    return layers
  }
}
