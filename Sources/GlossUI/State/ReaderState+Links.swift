import GlossCore

/// The links of an HTML article in the reader: the link on screen the status line names, the
/// links overlay (`L`), and `o`, which asks the curses loop to open a link.
extension ReaderState {
  /// Gives the state the article's links (an HTML page's), in text order.
  public mutating func offerLinks(_ links: [ArticleLink]) {
    self.links = links.sorted { $0.span < $1.span }
  }

  /// The link `o` opens with no overlay: the first link starting on the body's top line or
  /// below it on screen.
  public var linkOnScreen: ArticleLink? {
    guard !links.isEmpty, body.rows.indices.contains(bodyTop) else { return nil }
    let start = body.rows[bodyTop].span.start
    let bottom = min(bodyTop + bodyHeight, body.rows.count) - 1
    let end = body.rows[bottom].span.end
    return links.first { $0.span.start >= start && $0.span.start < end }
  }

  /// `o`: opens the link on screen, or says there is none.
  mutating func openLinkOnScreen() -> ReaderEffect? {
    guard let link = linkOnScreen else {
      say(StatusMessage(
        links.isEmpty ? "No links in this article" : "No link on screen: L lists them",
        isError: true))
      return nil
    }
    return open(link)
  }

  /// The effect that opens `link`, or a message when its scheme is not allowed.
  mutating func open(_ link: ArticleLink) -> ReaderEffect? {
    guard LinkLauncher.allows(link.url) else {
      say(StatusMessage(LinkLauncher.refusal(link.url), isError: true))
      return nil
    }
    return .openLink(link.url)
  }

  /// `L`: the links overlay, on the link on screen.
  mutating func listLinks() {
    guard !links.isEmpty else {
      say(StatusMessage("No links in this article", isError: true))
      return
    }
    overlay = .links(selected: linkOnScreen.flatMap { links.firstIndex(of: $0) } ?? 0)
  }

  /// A key in the links overlay: moves the selection, opens the selected link, or closes.
  mutating func handleLinks(_ key: Key, selected: Int) -> ReaderEffect? {
    let action = keyMap.action(for: key)
    if let moved = ListChoice.move(selected, by: action, count: links.count, page: layout.height / 2) {
      overlay = .links(selected: moved)
      return nil
    }
    switch action {
    case .activate, .openLink:
      overlay = .none
      reveal(links[selected].span.start)
      return open(links[selected])
    case .close, .quit, .listLinks: overlay = .none
    default: break
    }
    return nil
  }
}
