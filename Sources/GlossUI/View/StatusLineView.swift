import GlossCore

/// The bottom line: how far loading has come or a wrap under way, the current quote ("3/12 Tong
/// Zhao"), how far through the article, the highlight mode, which annotations are shown (with a
/// brat file), the selection, the notes, the search, and a key hint or the latest message; or
/// the open prompt.
struct StatusLineView {
  let state: ReaderState
  let theme: Theme

  func draw(into buffer: inout CellBuffer, at area: Rect) {
    let style = theme.style("ui.status")
    buffer.fill(area, style: style)
    if case .prompt(let prompt) = state.overlay {
      drawPrompt(prompt, into: &buffer, at: area, style: style)
      return
    }
    let keys = state.keyMap
    let hint =
      state.selection == nil
      ? keys.hint([.help: "help", .quit: state.quitAction])
      : "w b ) ( } { j k extend  \(keys.labels(.addNote, .highlight, .addTags, .markStance))  Esc"
    Self.put(
      segments, message: state.message, else: hint, into: &buffer, at: area, theme: theme,
      yielding: state.messages.shownHasBeenRead)
  }

  /// The prompt's leader and text, scrolled sideways (a `…` first) so the cursor stays on the
  /// line as in vim, with any message beside it when there is room.
  private func drawPrompt(_ prompt: Prompt, into buffer: inout CellBuffer, at area: Rect, style: Style) {
    let characters = Array(prompt.leader) + prompt.line.characters
    let cursor = prompt.leader.count + prompt.line.cursor
    func width(_ range: Range<Int>) -> Int { DisplayWidth.of(String(characters[range])) }
    var start = 0
    while start < cursor, width(start..<cursor) > area.width - 2 { start += 1 }
    let first = start > 0 ? start + 1 : 0  // the character under the "…"
    let shown = (start > 0 ? "…" : "") + String(characters[first...])
    let end = buffer.put(shown, x: area.x, y: area.y, style: style, limit: area.width - 1)
    if let message = state.message, area.maxX - end > 4 {
      let room = area.maxX - end - 2
      let messageWidth = min(DisplayWidth.of(message.text) + 1, room)
      let messageStyle = message.isError ? theme.style("ui.status.error") : style
      Truncation.put(
        " " + message.text, into: &buffer, x: area.maxX - messageWidth - 1, y: area.y, width: messageWidth, style: messageStyle)
    }
    buffer.cursor = Point(x: min(area.x + (start > 0 ? 1 : 0) + width(first..<cursor), area.maxX - 1), y: area.y)
  }

  /// Writes the `segments` on the left of the status line `area` and `message` (else `hint`) on
  /// the right. A message is never drawn over the segments: they are cut short to leave it room,
  /// and one too long for that takes the whole line; a hint is left out when there is no room.
  /// A message that has been read (`yielding`) gives way instead: the segments are drawn whole
  /// and it keeps the room left, cut short, so a search's count is not hidden behind it.
  static func put(
    _ segments: [String], message: StatusMessage?, else hint: String, into buffer: inout CellBuffer, at area: Rect,
    theme: Theme, yielding: Bool = false
  ) {
    let left = " " + segments.joined(separator: " │ ") + " "
    let style = theme.style("ui.status")
    guard let message else {
      let end = Truncation.put(left, into: &buffer, x: area.x, y: area.y, width: area.width, style: style)
      let hintWidth = DisplayWidth.of(hint) + 1
      if end + hintWidth <= area.maxX { buffer.put(hint, x: area.maxX - hintWidth, y: area.y, style: style) }
      return
    }
    let messageStyle = message.isError ? theme.style("ui.status.error") : style
    if yielding {
      let end = Truncation.put(left, into: &buffer, x: area.x, y: area.y, width: area.width, style: style)
      let room = min(DisplayWidth.of(message.text) + 2, area.maxX - end)
      if room >= minimumLeft {
        Truncation.put(" " + message.text + " ", into: &buffer, x: area.maxX - room, y: area.y, width: room, style: messageStyle)
      }
      return
    }
    let messageWidth = DisplayWidth.of(message.text) + 2
    let leftWidth = area.width - messageWidth
    guard leftWidth >= minimumLeft else {
      Truncation.put(" " + message.text + " ", into: &buffer, x: area.x, y: area.y, width: area.width, style: messageStyle)
      return
    }
    Truncation.put(left, into: &buffer, x: area.x, y: area.y, width: leftWidth, style: style)
    buffer.put(" " + message.text + " ", x: area.maxX - messageWidth, y: area.y, style: messageStyle)
  }

  /// The fewest columns worth keeping for the segments beside a message.
  static let minimumLeft = 12

  /// The pieces on the left of the status line.
  var segments: [String] {
    let document = state.document
    var segments: [String] = []
    let count = document.quotes.count
    if let loading = state.loading { segments.append(loading.label) }
    if let wanted = state.wantedBody { segments.append("wrapping at \(wanted.width) columns…") }
    if state.wantedSearch != nil { segments.append("searching the whole text…") }
    if let current = state.currentQuote {
      let soFar = state.loading == nil ? "" : " so far"
      segments.append("\(current + 1)/\(count)\(soFar) \(document.speakerName(ofQuote: current))")
    } else if state.loading == nil {
      segments.append(count == 0 ? "no quotes" : "–/\(count) quotes")
    }
    if state.loading == nil { segments.append("\(state.percent)%") }
    segments.append(state.highlight.label)
    if let choice = state.annotationChoice { segments.append("annotations: \(choice.label)") }
    if let selection = state.selection {
      segments.append("SELECT \(selection.span.length) chars")
    }
    let notes = state.notes.anchored.count
    if state.loading != nil {
      segments.append("notes once loaded")
    } else {
      segments.append(state.notes.readOnlyReason == nil ? "\(notes) note\(notes == 1 ? "" : "s")" : "notes read-only")
    }
    if let link = state.linkOnScreen, state.overlay == .none { segments.append("link: \(VisibleText.line(link.url))") }
    if !state.search.query.isEmpty, state.search.isMarked {
      let position = state.search.current.map { "\($0 + 1)/\(state.search.matches.count)" } ?? "0/0"
      segments.append("/\(state.search.query) \(position)")
    }
    return segments
  }
}
