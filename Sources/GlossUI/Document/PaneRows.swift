import GlossCore

/// Builds the rows of the list panes from the annotations: once per article, but for the quotes
/// pane's, made as the pane reads them (``ListRows``).
enum PaneRows {
  /// "Speaker: opening words": the row of quote `number` in text order, made when the quotes
  /// pane reads it (see ``ListRows``); "Speaker?" for a speaker only guessed
  /// (``AttributionConfidence/low``).
  static func quote(_ quote: Quote, number: Int, actors: ActorPalette) -> ListRow {
    let speaker = quote.speaker.map { $0.isGuessed ? $0.name + "?" : $0.name } ?? "unattributed"
    return ListRow(
      [.init(speaker, actors.scope(for: quote)), .init(": " + oneLine(quote.text), "ui.text")],
      target: .quote(number))
  }

  /// The opening of `text` as one line, each run of white space one space: as much as a pane
  /// row can show (`limit` scalars), so that a long article's hundred thousand quotes are not
  /// copied whole.
  static func oneLine(_ text: String, limit: Int = 400) -> String {
    // Built as UTF-8 bytes: the quotes pane makes its visible rows on every frame.
    var line: [UInt8] = []
    line.reserveCapacity(Swift.min(text.utf8.count, limit * 4))
    var count = 0
    var space = false
    for scalar in text.unicodeScalars {
      if ScalarClass.isWhitespace(scalar) {
        space = count > 0
        continue
      }
      if space {
        line.append(UInt8(ascii: " "))
        space = false
      }
      if scalar.isASCII {
        line.append(UInt8(truncatingIfNeeded: scalar.value))
      } else {
        line.append(contentsOf: UTF8.encode(scalar)!)
      }
      count += 1
      if count >= limit { break }
    }
    return String(decoding: line, as: UTF8.self)
  }

  /// A heading per entity type, then its entities by mention count (most first), "Name ×3".
  static func entities(_ entities: [Entity]) -> [ListRow] {
    var rows: [ListRow] = []
    for type in EntityType.allCases {
      let group = entities.filter { $0.type == type }.sorted {
        $0.mentions.count != $1.mentions.count ? $0.mentions.count > $1.mentions.count : $0.name < $1.name
      }
      guard !group.isEmpty else { continue }
      rows.append(ListRow([.init(heading(for: type), "ui.heading")]))
      rows += group.map { entity in
        ListRow(
          [.init("  " + entity.name, "entity.\(type.rawValue)"), .init(" ×\(entity.mentions.count)", "ui.dim")],
          target: .entity(entity.id))
      }
    }
    return rows
  }

  /// "Name — report, interview": each source and how the article cites it.
  static func sources(_ sources: [Source]) -> [ListRow] {
    sources.map { source in
      var seen: [String] = []
      for citation in source.citations {
        let how = citation.title.map { "\(citation.kind.rawValue) “\($0)”" } ?? citation.kind.rawValue
        if !seen.contains(how) { seen.append(how) }
      }
      let how = seen.isEmpty ? source.type.rawValue : seen.joined(separator: ", ")
      return ListRow([.init(source.name, "source"), .init(" — " + how, "ui.dim")], target: .source(source.id))
    }
  }

  /// "▼ oppose  China on THAAD": polarity glyph and word ("oppose?" for a stance of low
  /// confidence, ``StanceConfidence/low``), actor, target (``Annotations/targetLabel(of:)``).
  static func stances(_ stances: [Stance], of annotations: Annotations, actors: ActorPalette) -> [ListRow] {
    stances.enumerated().map { index, stance in
      let word = stance.polarity.rawValue + (stance.isUnsure ? "?" : "")
      return ListRow(
        [
          .init(glyph(for: stance.polarity) + " " + word.padding(toLength: 9, withPad: " ", startingAt: 0), "stance.\(stance.polarity.rawValue)"),
          .init(stance.name, actors.scope(for: stance.actor)),
          .init(" on " + annotations.targetLabel(of: stance), "ui.dim"),
        ], target: .stance(index))
    }
  }

  /// A glyph for each polarity, so stances read without colour.
  static func glyph(for polarity: Polarity) -> String {
    switch polarity {
    case .support: return "▲"
    case .oppose: return "▼"
    case .neutral: return "●"
    case .mixed: return "◆"
    }
  }

  static func heading(for type: EntityType) -> String {
    switch type {
    case .person: return "People"
    case .organization: return "Organisations"
    case .place: return "Places"
    case .other: return "Other"
    }
  }
}
