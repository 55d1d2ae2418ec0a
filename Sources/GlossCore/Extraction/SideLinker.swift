/// Links people and organisations to the country they stand for, from the words before a
/// mention: "China’s President Xi", "a top Chinese diplomat, Yang Jiechi", "U.S. Senator John
/// Cornyn". The two stay distinct entities; `Entity.side` records the link.
struct SideLinker {
  let document: Document
  let gazetteer = Gazetteer.shared

  /// Words that may stand between a country and the person it qualifies (``WordClass/sideModifier``).
  static let modifiers: Set<String> = WordList.words(
    "a an the top senior new former special chief deputy acting veteran leading prominent")

  func link(_ table: inout EntityTable) {
    // The country each entity's name stands for, looked up when first needed: a place's at
    // once, any other's only when it is named just before a person or an organisation.
    var countryOfEntity = CountryOfEntity(count: table.entities.count)
    var countryEntity: [String: Int] = [:]
    for (index, entity) in table.entities.enumerated() where entity.type == .place {
      if let name = countryOfEntity.country(of: index, table, gazetteer) { countryEntity[name] = index }
    }
    guard !countryEntity.isEmpty else { return }
    for mention in table.mentions {
      // Read in place: a copy of the entity would retain and release its strings and lists.
      let type = table.entities[mention.entity].type
      guard table.entities[mention.entity].side == nil, type == .person || type == .organization,
        let country = country(before: mention.tokens.lowerBound, table, &countryOfEntity),
        let side = countryEntity[country], side != mention.entity
      else { continue }
      table.entities[mention.entity].side = table.entities[side].id
    }
  }

  /// The country each entity's name stands for (nil for none), found by the gazetteer on first use.
  private struct CountryOfEntity {
    private var known: [String??]

    /// Nothing known yet for each of `count` entities.
    init(count: Int) { known = Array(repeating: nil, count: count) }

    /// The country entity `entity` of `table` names, by `gazetteer`, looked up once.
    mutating func country(of entity: Int, _ table: EntityTable, _ gazetteer: Gazetteer) -> String? {
      if let country = known[entity] { return country }
      let country: String? = if case .country(let name) = gazetteer.lookup(table.entities[entity].name) { name } else { nil }
      known[entity] = .some(country)
      return country
    }
  }

  /// The country named just before token `start`, across titles, roles, a possessive and
  /// one comma; `countryOfEntity` gives the country each entity's name stands for.
  private func country(before start: Int, _ table: EntityTable, _ countryOfEntity: inout CountryOfEntity) -> String? {
    let tokens = document.tokens
    var index = start - 1
    var commas = 0
    var steps = 0
    while index >= 0, steps < 8, document.blockOfToken[index] == document.blockOfToken[start] {
      let token = tokens[index]
      if let mention = table.mention(at: index) { return countryOfEntity.country(of: mention.entity, table, gazetteer) }
      if index > 0, let name = document.names.demonymOf(index - 1, index) { return name }
      if let name = document.names.demonymOf(index) { return name }
      if tokens.text(of: token) == "," {
        commas += 1
        if commas > 1 { return nil }
      } else if token.kind != .possessive, !token.is(.title), !token.is(.sideModifier) {
        return nil
      }
      index -= 1
      steps += 1
    }
    return nil
  }
}
