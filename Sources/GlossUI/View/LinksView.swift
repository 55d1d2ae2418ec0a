import GlossCore

/// The `L` overlay: a framed list of the article's links (``ChoiceBox``), each its text and URL.
struct LinksView {
  let state: ReaderState
  let theme: Theme

  func draw(into buffer: inout CellBuffer, selected: Int) {
    let lines = state.links.map { link in
      "\(VisibleText.line(state.document.article.string(link.span))) — \(VisibleText.line(link.url))"
    }
    ChoiceBox.draw(
      lines, title: " Links — Enter opens, Esc closes ", selected: selected, maxWidth: 76, style: theme.style("ui.help"),
      into: &buffer)
  }
}
