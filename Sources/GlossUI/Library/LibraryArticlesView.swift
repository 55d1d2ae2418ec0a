import GlossCore

/// The articles' table: headline, source, date, quotes and notes of each visible row; an
/// article not read yet shows its file name and `…` for its counts, an unreadable one its error.
/// In the news library an unread item's headline has a `•` before it.
struct LibraryArticlesView {
  let state: LibraryState
  let theme: Theme

  func draw(into buffer: inout CellBuffer, at area: Rect) {
    let list = state.articles
    let source = min(24, max(area.width / 6, 8))
    let header = [
      TableCell("Headline"), TableCell("Source", width: source), TableCell("Date", width: 10),
      TableCell("Quotes", width: 6, alignRight: true), TableCell("Notes", width: 5, alignRight: true),
    ]
    if list.rows.isEmpty {
      let text = list.query.isEmpty ? " (no articles)" : " (no article matches /\(list.query))"
      buffer.put(text, x: area.x, y: area.y + 1, style: theme.style("ui.dim"))
    }
    TableView(theme: theme).draw(
      header: header, count: list.rows.count, top: list.top, selected: list.rows.isEmpty ? nil : list.selected,
      into: &buffer, at: area
    ) { row in
      let index = list.rows[row]
      let item = state.items[index]
      if let error = item.error {
        return [TableCell(item.headline, width: min(area.width / 3, 40), scope: "ui.dim"), TableCell("⚠ " + error, scope: "ui.status.error")]
      }
      let mark = state.readMarks.map { $0[index] ? "  " : "• " } ?? ""
      return [
        TableCell(mark + item.headline, scope: item.isAnnotated ? "ui.text" : "ui.dim"),
        TableCell(item.source ?? "", width: source, scope: "source"),
        TableCell(Self.shortDate(item.date), width: 10, scope: "ui.dim"),
        TableCell(item.quoteCount.map(String.init) ?? "…", width: 6, alignRight: true),
        TableCell(state.noteCounts[index].map(String.init) ?? "…", width: 5, alignRight: true),
      ]
    }
  }

  /// "2016-09-09" for a date whose day is known, else the date as written.
  static func shortDate(_ date: String?) -> String {
    guard let date else { return "" }
    guard let key = DateKey.of(date), key % 100 != 0 else { return date }
    let (year, month, day) = (key / 10_000, key / 100 % 100, key % 100)
    return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }
}
