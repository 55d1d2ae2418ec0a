import GlossCore

/// The top line: the headline, then the source and date when the article gives them.
struct TitleBarView {
  let article: Article
  let theme: Theme

  func draw(into buffer: inout CellBuffer, at area: Rect) {
    let style = theme.style("ui.title")
    buffer.fill(area, style: style)
    let details = [article.metadata.source, article.metadata.date].compactMap { $0 }.joined(separator: " · ")
    let detailsWidth = details.isEmpty ? 0 : DisplayWidth.of(details) + 2
    let room = area.width - 2 - (detailsWidth < area.width / 2 ? detailsWidth : 0)
    Truncation.put(article.title, into: &buffer, x: area.x + 1, y: area.y, width: room, style: style.patched(with: Style(attributes: .bold)))
    if !details.isEmpty, detailsWidth < area.width / 2 {
      buffer.put(details, x: area.maxX - detailsWidth + 1, y: area.y, style: style)
    }
  }
}
