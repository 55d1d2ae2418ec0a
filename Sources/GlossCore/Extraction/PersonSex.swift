/// The likely sex of a person entity, for "he" and "she": from a gendered title the article
/// gives them ("Mrs. Lee", "Congressman Ortiz"), else from their given name's Census and Faker
/// frequencies, unless the name may open with an East Asian family name.
enum PersonSex {
  /// Titles that say the person's sex.
  private static let titles: [String: PersonNames.Sex] = [
    "mr": .male, "mr.": .male, "sir": .male, "lord": .male, "king": .male, "prince": .male,
    "congressman": .male, "chairman": .male, "spokesman": .male, "father": .male, "brother": .male,
    "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female, "miss": .female, "madam": .female,
    "dame": .female, "lady": .female, "queen": .female, "princess": .female, "congresswoman": .female,
    "chairwoman": .female, "spokeswoman": .female, "sister": .female, "actress": .female,
  ]

  /// The sex of `entity`, nil when nothing tells it.
  static func of(_ entity: Entity) -> PersonNames.Sex? {
    for alias in entity.aliases {
      guard let space = alias.firstIndex(of: " ") else { continue }
      if let sex = titles[alias[..<space].lowercased()] { return sex }
    }
    let first = entity.name.prefix { $0 != " " }.lowercased()
    // "Kim Heung-kyu": a family name written first says nothing of the sex.
    guard first.count < entity.name.count, !PersonNames.eastAsianFamily.contains(first) else { return nil }
    return PersonNames.sex(ofGiven: first)
  }

  /// The sex a pronoun asks for: male for "he", female for "she", nil for others.
  static func of(pronoun lower: String) -> PersonNames.Sex? {
    switch lower {
    case "he", "him", "his", "himself": .male
    case "she", "her", "hers", "herself": .female
    default: nil
    }
  }
}
