import GlossCore

/// The actors' table: name, type, articles naming each, quotes.
struct ActorsView {
  let actors: ActorsList
  let theme: Theme

  func draw(into buffer: inout CellBuffer, at area: Rect) {
    let list = actors.list
    let header = [
      TableCell("Actor"), TableCell("Type", width: 12), TableCell("Articles", width: 8, alignRight: true),
      TableCell("Quotes", width: 6, alignRight: true),
    ]
    if list.rows.isEmpty {
      let text = list.query.isEmpty ? " (no people, organisations or countries)" : " (no actor matches /\(list.query))"
      buffer.put(text, x: area.x, y: area.y + 1, style: theme.style("ui.dim"))
    }
    TableView(theme: theme).draw(
      header: header, count: list.rows.count, top: list.top, selected: list.rows.isEmpty ? nil : list.selected,
      into: &buffer, at: area
    ) { row in
      let actor = actors.index.actors[list.rows[row]]
      return [
        TableCell(actor.name, scope: "entity.\(actor.type.rawValue)"),
        TableCell(Self.typeName(actor.type), width: 12, scope: "ui.dim"),
        TableCell(String(actor.articleCount), width: 8, alignRight: true),
        TableCell(String(actor.quoteCount), width: 6, alignRight: true),
      ]
    }
  }

  /// How an actor's type reads: "person", "organisation", "country".
  static func typeName(_ type: EntityType) -> String {
    switch type {
    case .person: "person"
    case .organization: "organisation"
    case .place: "country"
    case .other: "other"
    }
  }
}
