import GlossCore

/// Draws the library's screen from its state and a theme into a cell buffer: a title bar, the
/// view on screen (the articles, the actors, or one actor's page; only the rows that fit are
/// drawn, so a library of 10,000 costs what a screenful does), the status line and the help.
public struct LibraryView {
  public let state: LibraryState
  public let theme: Theme

  public init(state: LibraryState, theme: Theme) {
    self.state = state
    self.theme = theme
  }

  public func render() -> CellBuffer {
    var buffer = CellBuffer(width: state.width, height: state.height, style: theme.style("ui.text"))
    guard state.width >= 20, state.height >= 4 else {
      Truncation.put("Terminal too small", into: &buffer, x: 0, y: 0, width: state.width, style: theme.style("ui.status.error"))
      return buffer
    }
    let content = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
    let title: String
    switch state.screen {
    case .articles:
      title = "Library: \(state.title) — \(state.items.count) article\(state.items.count == 1 ? "" : "s")"
      LibraryArticlesView(state: state, theme: theme).draw(into: &buffer, at: content)
    case .actors:
      let count = state.actors?.index.actors.count ?? 0
      title = "Actors in \(state.title) — \(count) across \(state.items.count) articles"
      if let actors = state.actors { ActorsView(actors: actors, theme: theme).draw(into: &buffer, at: content) }
    case .actor:
      guard let page = state.actorPage else { return buffer }
      title = page.actor.name
      ActorPageView(page: page, items: state.items, theme: theme).draw(into: &buffer, at: content)
    }
    let bar = Rect(x: 0, y: 0, width: state.width, height: 1)
    buffer.fill(bar, style: theme.style("ui.title"))
    Truncation.put(title, into: &buffer, x: 1, y: 0, width: state.width - 2, style: theme.style("ui.title").patched(with: Style(attributes: .bold)))
    LibraryStatusLineView(state: state, theme: theme).draw(into: &buffer, at: Rect(x: 0, y: state.height - 1, width: state.width, height: 1))
    if case .help(let scroll) = state.overlay {
      LibraryHelpView(keyMap: state.keyMap, theme: theme).draw(into: &buffer, scroll: scroll)
    }
    return buffer
  }
}
