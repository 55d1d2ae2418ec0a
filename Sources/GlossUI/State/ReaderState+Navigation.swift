import GlossCore

extension ReaderState {
  /// Scrolls the body, or moves the selection of a list pane, by `rows` (focus unchanged).
  mutating func scroll(_ pane: PaneID, by rows: Int) {
    if pane == .body {
      bodyTop += rows
      clampBody()
    } else {
      select(in: pane, by: rows)
    }
  }

  /// Moves the selection of a list pane by `rows`, skipping rows that cannot be selected. The
  /// walk starts from the first selectable row at or after the selection (else the last one) and
  /// reads only the rows it passes.
  mutating func select(in pane: PaneID, by rows: Int) {
    let items = self.rows(pane)
    func selectable(from start: Int, by direction: Int) -> Int? {
      var index = start
      while items.indices.contains(index) {
        if items.target(at: index) != nil { return index }
        index += direction
      }
      return nil
    }
    guard var row = selectable(from: max(list(pane).selected, 0), by: 1) ?? selectable(from: items.count - 1, by: -1)
    else { return }
    let direction = rows >= 0 ? 1 : -1
    for _ in 0..<rows.magnitude {
      guard let next = selectable(from: row + direction, by: direction) else { break }
      row = next
    }
    select(row: row, in: pane)
  }

  /// Selects `row` of `pane` and scrolls the pane so it is visible.
  mutating func select(row: Int, in pane: PaneID) {
    var position = list(pane)
    position.selected = row
    let height = max(layout(focus: pane, sideTab: pane).contentHeight(pane), 1)
    if row < position.top { position.top = row }
    if row >= position.top + height { position.top = row - height + 1 }
    if row == firstSelectable(in: pane) { position.top = 0 }
    lists[pane] = position
  }

  private func firstSelectable(in pane: PaneID) -> Int? {
    rows(pane).firstIndex { $0.target != nil }
  }

  mutating func focus(on pane: PaneID) {
    focus = pane
    if pane != .body {
      sideTab = pane
      if lists[pane] == nil, let first = firstSelectable(in: pane) { select(row: first, in: pane) }
    }
    relayout()
  }

  /// Makes the next (or previous) quote current: the body scrolls to it, the quotes pane follows.
  /// From the current quote while it is on screen; else from where the reader has scrolled to
  /// (the first quote from the top of the screen on, or the last one before it), as `n` in less
  /// searches from the screen.
  mutating func stepQuote(by step: Int) {
    let count = document.quotes.count
    guard count > 0 else {
      say(StatusMessage("No quotes in this article"))
      return
    }
    let next: Int
    if let currentQuote, isOnScreen(document.quotes[currentQuote].span.start) {
      next = currentQuote + step
    } else {
      let top = body.rows.indices.contains(bodyTop) ? body.rows[bodyTop].span.start : 0
      let firstFromTop = document.quotes.partitionIndex { $0.span.start < top }
      next = step > 0 ? firstFromTop : firstFromTop - 1
    }
    guard (0..<count).contains(next) else {
      say(StatusMessage(step > 0 ? "Last quote" : "First quote"))
      return
    }
    show(quote: next)
  }

  mutating func show(quote index: Int) {
    currentQuote = index
    jumpedTo = nil
    reveal(document.quotes[index].span.start)
    if let row = document.rowIndex(of: .quote(index), in: .quotes) { select(row: row, in: .quotes) }
  }

  /// Whether the body row holding `offset` is on screen.
  func isOnScreen(_ offset: Int) -> Bool {
    let row = body.row(containing: offset)
    return row >= bodyTop && row < bodyTop + bodyHeight
  }

  /// Scrolls the body so `offset` is on screen (a third of the way down if it was not),
  /// unfolding the publisher text if it is hidden there.
  mutating func reveal(_ offset: Int) {
    if !body.isExpanded, let paragraph = document.article.paragraphIndex(containing: offset),
      document.article.paragraphs[paragraph].isBoilerplate
    {
      relayout(expanded: true)
    }
    if !isOnScreen(offset) {
      bodyTop = body.row(containing: offset) - bodyHeight / 3
      clampBody()
    }
  }

  /// Enter: in a list, jumps the body to the selected item (and, in the narrow layout where
  /// only one pane shows, switches to the body); in the body, folds or unfolds the publisher
  /// text when its line is on screen.
  mutating func activate() {
    guard focus != .body else {
      if let fold = body.foldRow, fold >= bodyTop, fold < bodyTop + bodyHeight {
        relayout(expanded: !(wantedBody?.expanded ?? body.isExpanded))
      }
      return
    }
    let items = rows(focus)
    guard items.indices.contains(list(focus).selected), let target = items[list(focus).selected].target
    else { return }
    if layout.mode == .narrow { focus(on: .body) }
    switch target {
    case .quote(let index): show(quote: index)
    case .entity(let id):
      let entity = document.annotations.entity(id)
      cycle(target, through: entity?.mentions ?? [], named: entity?.name ?? id)
    case .source(let id):
      let source = document.annotations.source(id)
      cycle(target, through: source?.citations.map(\.span) ?? [], named: source?.name ?? id)
    case .stance(let index):
      let stance = document.annotations.stances[index]
      cycle(target, through: stance.evidence, named: "\(stance.name) \(stance.polarity.rawValue)")
    case .note(let id):
      if let note = notes.note(id) { show(note: note) }
    }
  }

  /// Shows the next of `spans` for `target` each time, wrapping around, marked in the body and
  /// named in the status line ("Xi Jinping 1/3").
  private mutating func cycle(_ target: ListTarget, through spans: [Span], named name: String) {
    guard !spans.isEmpty else { return }
    let index = (nextJump[target] ?? 0) % spans.count
    nextJump[target] = index + 1
    reveal(spans[index].start)
    jumpedTo = spans[index]
    say(StatusMessage("\(name) \(index + 1)/\(spans.count)"))
  }
}
