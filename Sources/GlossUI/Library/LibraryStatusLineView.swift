/// The library's bottom line: how far the background reading has come ("annotating
/// 340/10000", then "indexing actors…"), the count and order of the list on screen, its filter, and a key hint or the
/// latest message; or the `/` filter being typed.
struct LibraryStatusLineView {
  let state: LibraryState
  let theme: Theme

  func draw(into buffer: inout CellBuffer, at area: Rect) {
    let style = theme.style("ui.status")
    buffer.fill(area, style: style)
    if case .filter(let text, _) = state.overlay {
      let end = buffer.put("/" + text, x: area.x, y: area.y, style: style, limit: area.width - 1)
      buffer.cursor = Point(x: min(end, area.maxX - 1), y: area.y)
      return
    }
    StatusLineView.put(segments, message: state.message, else: hint, into: &buffer, at: area, theme: theme)
  }

  /// The pieces on the left.
  var segments: [String] {
    var segments: [String] = []
    if let refreshing = state.refreshing {
      segments.append(refreshing.total == 0 ? "refreshing…" : "refreshing \(refreshing.done)/\(refreshing.total) feeds")
    }
    if let progress = state.progress {
      segments.append(progress.done < progress.total ? "annotating \(progress.done)/\(progress.total)" : "indexing actors…")
    }
    switch state.screen {
    case .articles:
      segments.append(filtered(state.articles, noun: "article"))
      if state.isNews { segments.append("\(state.unreadCount) unread") }
      segments.append("sort: \(state.sort.rawValue)")
    case .actors:
      guard let actors = state.actors else { break }
      segments.append(filtered(actors.list, noun: "actor"))
      segments.append("sort: \(actors.sort.rawValue)")
    case .actor:
      guard let page = state.actorPage else { break }
      segments.append("\(page.actor.quoteCount) quotes, \(page.actor.stances.count) stances")
    }
    return segments
  }

  /// "12 articles", or with a filter "/xi 3 of 12 articles".
  private func filtered(_ list: FilterableList, noun: String) -> String {
    let total = "\(list.order.count) \(noun)\(list.order.count == 1 ? "" : "s")"
    return list.query.isEmpty ? total : "/\(list.query) \(list.rows.count) of \(total)"
  }

  /// The keys of the view on screen, as the key map binds them (`s` and `A` are fixed).
  private var hint: String {
    let keys = state.keyMap
    let parts: [String] =
      switch state.screen {
      case .articles:
        [keys.hint([.activate: "open"]), state.isNews ? keys.hint([.toggleRead: "read", .refresh: "refresh"]) : "",
         "s sort", keys.hint([.search: "filter"]), "A actors", keys.hint([.help: "help", .quit: "quit"])]
      case .actors: [keys.hint([.activate: "quotes"]), "s sort", keys.hint([.search: "filter", .help: "help", .quit: "back"])]
      case .actor: [keys.hint([.activate: "open the article", .help: "help", .quit: "back"])]
      }
    return parts.filter { !$0.isEmpty }.joined(separator: "  ")
  }
}
