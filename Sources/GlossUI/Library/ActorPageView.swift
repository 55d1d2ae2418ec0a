import GlossCore

/// One actor's page: what it is and its other names, then its quotes (the words, the article's
/// headline, the date) and its stances by topic (polarity, headline, date).
struct ActorPageView {
  let page: ActorPage
  let items: [LibraryItem]
  let theme: Theme

  func draw(into buffer: inout CellBuffer, at area: Rect) {
    let actor = page.actor
    var about = "\(ActorsView.typeName(actor.type)) · \(actor.articleCount) article\(actor.articleCount == 1 ? "" : "s") · \(actor.quoteCount) quote\(actor.quoteCount == 1 ? "" : "s")"
    if !actor.aliases.isEmpty { about += " · also " + actor.aliases.joined(separator: ", ") }
    buffer.fill(area.row(0), style: theme.style("ui.pane"))
    Truncation.put(about, into: &buffer, x: area.x + 2, y: area.y, width: area.width - 3, style: theme.style("ui.pane"))
    let headline = min(max(area.width / 3, 12), 40)
    TableView(theme: theme).draw(
      header: nil, count: page.rows.count, top: page.top,
      selected: page.rows[page.selected].passage == nil ? nil : page.selected, into: &buffer,
      at: area.droppingTop(1)
    ) { row in
      switch page.rows[row] {
      case .heading(let text):
        return [TableCell(text, scope: "ui.heading")]
      case .quote(let quote):
        return [
          TableCell("“\(quote.text)”", scope: "quote"), TableCell(items[quote.item].headline, width: headline),
          TableCell(LibraryArticlesView.shortDate(quote.date), width: 10, scope: "ui.dim"),
        ]
      case .stance(let stance):
        let polarity = stance.polarity.rawValue
        return [
          TableCell("  " + PaneRows.glyph(for: stance.polarity) + " " + polarity, scope: "stance.\(polarity)"),
          TableCell(items[stance.item].headline, width: headline),
          TableCell(LibraryArticlesView.shortDate(stance.date), width: 10, scope: "ui.dim"),
        ]
      }
    }
  }
}
