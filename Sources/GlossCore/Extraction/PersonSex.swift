/// The likely sex of a person entity, for "he" and "she": from a gendered title the article
/// gives them ("Mrs. Lee", "Congressman Ortiz"), else from their given name's Census and Faker
/// frequencies, unless the name may open with an East Asian family name; and from a word for a
/// relative before a mention ("his son Karl Velde", ``of(relationBefore:in:)``).
enum PersonSex {
  /// Titles that say the person's sex.
  private static let titles: [String: PersonNames.Sex] = [
    "mr": .male, "mr.": .male, "sir": .male, "lord": .male, "king": .male, "prince": .male,
    "congressman": .male, "chairman": .male, "spokesman": .male, "father": .male, "brother": .male,
    "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female, "miss": .female, "madam": .female,
    "dame": .female, "lady": .female, "queen": .female, "princess": .female, "congresswoman": .female,
    "chairwoman": .female, "spokeswoman": .female, "sister": .female, "actress": .female,
  ]

  /// Words for kin and partners that say the sex of the one named after them ("his son Karl
  /// Velde"); not the titles, whose lower-case forms are written of women too ("spokesman").
  private static let kin: [String: PersonNames.Sex] = {
    var sexes: [String: PersonNames.Sex] = [:]
    for word in WordList.words(
      "son husband father brother nephew uncle grandson grandfather boyfriend widower stepson stepfather fiance")
    {
      sexes[word] = .male
    }
    for word in WordList.words(
      "daughter wife mother sister niece aunt granddaughter grandmother girlfriend widow stepdaughter stepmother fiancee")
    {
      sexes[word] = .female
    }
    return sexes
  }()

  /// The sex of `entity`, nil when nothing tells it.
  static func of(_ entity: Entity) -> PersonNames.Sex? {
    of(titledForms: entity.aliases, fullName: entity.name)
  }

  /// The sex of a person named `fullName` and, with a title, by each of `titledForms` ("Mrs.
  /// Lee"; forms without a space are skipped): a gendered title first, then the given name.
  static func of(titledForms: some Sequence<String>, fullName: String) -> PersonNames.Sex? {
    for form in titledForms {
      guard let space = form.firstIndex(of: " ") else { continue }
      if let sex = of(title: String(form[..<space])) { return sex }
    }
    let first = fullName.prefix { $0 != " " }.lowercased()
    // "Kim Heung-kyu": a family name written first says nothing of the sex.
    guard first.count < fullName.count, !PersonNames.eastAsianFamily.contains(first) else { return nil }
    return PersonNames.sex(ofGiven: first)
  }

  /// The sex a lower-case word for kin or a partner says ("daughter" female), nil for others.
  static func of(kin lower: String) -> PersonNames.Sex? { kin[lower] }

  /// The sex a title says ("Mrs." female, "Congressman" male), nil for most titles.
  static func of(title: String) -> PersonNames.Sex? { titles[title.lowercased()] }

  /// The sex the word for a relative or partner right before a name at token `first` says
  /// ("his late son Karl Velde"), or past a comma after an owner ("her husband, Karl Velde"; not
  /// "It is hard to lose a husband, Wren Velde said"); nil for any other word.
  static func of(relationBefore first: Int, in tokens: TokenList) -> PersonNames.Sex? {
    var before = first - 1
    let setOff = before > 0 && tokens.text(before) == ","
    if setOff { before -= 1 }
    guard before >= 0, tokens[before].isWord, !tokens[before].isCapitalized, let sex = of(kin: tokens.lower(before)) else { return nil }
    guard setOff else { return sex }
    let owner = before - 1
    return owner >= 0 && (tokens[owner].kind == .possessive || ClauseSubjects.possessivePronouns.contains(tokens.lower(owner))) ? sex : nil
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
