/// Draws a whole screen from the reader's state and a theme into a cell buffer: the title bar,
/// the panes of the layout, the status line and any overlay. A pure function of its inputs.
public struct ReaderView {
  public let state: ReaderState
  public let theme: Theme

  public init(state: ReaderState, theme: Theme) {
    self.state = state
    self.theme = theme
  }

  public func render() -> CellBuffer {
    let layout = state.layout
    var buffer = CellBuffer(width: layout.width, height: layout.height, style: theme.style("ui.text"))
    guard layout.mode != .tooSmall else {
      drawTooSmall(into: &buffer)
      return buffer
    }
    TitleBarView(article: state.document.article, theme: theme).draw(into: &buffer, at: layout.titleBar)
    for (pane, area) in layout.panes {
      PaneHeaderView(state: state, theme: theme).draw(pane, into: &buffer, at: area.row(0))
      let content = area.droppingTop(1)
      if pane == .body {
        BodyView(state: state, theme: theme).draw(into: &buffer, at: content)
      } else {
        ListView(state: state, theme: theme).draw(pane, into: &buffer, at: content)
      }
    }
    if let separator = layout.separator {
      for y in layout.titleBar.maxY..<layout.statusLine.y {
        buffer.put("│", x: separator, y: y, style: theme.style("ui.pane"))
      }
    }
    StatusLineView(state: state, theme: theme).draw(into: &buffer, at: layout.statusLine)
    switch state.overlay {
    case .help(let scroll):
      HelpView(keyMap: state.keyMap, theme: theme).draw(into: &buffer, scroll: scroll, marking: state.helpQuery)
    case .prompt(let prompt):
      guard case .helpSearch(let start) = prompt.kind else { break }
      let line = state.helpLine(matching: prompt.text, from: start) ?? start
      HelpView(keyMap: state.keyMap, theme: theme).draw(into: &buffer, scroll: line, marking: prompt.text)
    case .editor(let editor): NoteEditorView(editor: editor, state: state, theme: theme).draw(into: &buffer)
    case .links(let selected): LinksView(state: state, theme: theme).draw(into: &buffer, selected: selected)
    case .topics(let chooser): TopicsView(theme: theme).draw(chooser, into: &buffer)
    case .none: break
    }
    return buffer
  }

  private func drawTooSmall(into buffer: inout CellBuffer) {
    let lines = ["Terminal too small", "(needs \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight))"]
    for (index, line) in lines.enumerated() {
      let y = buffer.height / 2 - 1 + index
      let x = max((buffer.width - DisplayWidth.of(line)) / 2, 0)
      Truncation.put(line, into: &buffer, x: x, y: y, width: buffer.width, style: theme.style("ui.status.error"))
    }
  }
}
