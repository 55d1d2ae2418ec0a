/// Links people and organisations to the country they stand for, from the words before a
/// mention: "China’s President Xi", "a top Chinese diplomat, Yang Jiechi", "U.S. Senator John
/// Cornyn". The two stay distinct entities; `Entity.side` records the link.
struct SideLinker {
  let document: Document
  let gazetteer = Gazetteer.shared

  /// Words that may stand between a country and the person it qualifies.
  static let modifiers: Set<String> = WordList.words(
    "a an the top senior new former special chief deputy acting veteran leading prominent")

  func link(_ table: inout EntityTable) {
    var countryEntity: [String: Int] = [:]
    for (index, entity) in table.entities.enumerated() where entity.type == .place {
      if case .country(let name) = gazetteer.lookup(entity.name) { countryEntity[name] = index }
    }
    for mention in table.mentions {
      let entity = table.entities[mention.entity]
      guard entity.side == nil, entity.type == .person || entity.type == .organization,
        let country = country(before: mention.tokens.lowerBound, table),
        let side = countryEntity[country], side != mention.entity
      else { continue }
      table.entities[mention.entity].side = table.entities[side].id
    }
  }

  /// The country named just before token `start`, across titles, roles, a possessive and
  /// one comma.
  private func country(before start: Int, _ table: EntityTable) -> String? {
    let tokens = document.tokens
    var index = start - 1
    var commas = 0
    var steps = 0
    while index >= 0, steps < 8, document.blockOfToken[index] == document.blockOfToken[start] {
      let token = tokens[index]
      if let mention = table.mention(at: index) {
        if case .country(let name) = gazetteer.lookup(table.entities[mention.entity].name) { return name }
        return nil
      }
      if index > 0, let name = gazetteer.country(forDemonym: tokens.text(index - 1), tokens.text(of: token)) {
        return name
      }
      if let name = gazetteer.country(forDemonym: tokens.text(of: token)) { return name }
      if tokens.text(of: token) == "," {
        commas += 1
        if commas > 1 { return nil }
      } else if token.kind != .possessive, !Titles.isTitle(tokens.lower(of: token)), !Self.modifiers.contains(tokens.lower(of: token)) {
        return nil
      }
      index -= 1
      steps += 1
    }
    return nil
  }
}
