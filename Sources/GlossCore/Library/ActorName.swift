/// The names an article's entity goes by, prepared for merging entities across articles
/// (``ActorIndexBuilder``) with the lexicons the annotation core groups names with: titles
/// ("President") come off the front, "The" off organisations, and names are compared by
/// ``Gazetteer/key(_:)`` (letters and digits, lower case), so "Xi Jinping", "President Xi
/// Jinping" and "XI JINPING" are one name.
enum ActorName {
  /// The kind of actor an entity is, and the namespace its names are merged in.
  enum Kind: String, Sendable {
    case person, organization, country
  }

  /// The actor kind of `entity`: people, organisations, and places the lexicon knows as
  /// countries (other places, and things, are not followed).
  static func kind(of entity: Entity) -> Kind? {
    switch entity.type {
    case .person: return .person
    case .organization: return .organization
    case .place:
      if case .country = Gazetteer.shared.lookup(entity.name) { return .country }
      return nil
    case .other: return nil
    }
  }

  /// `name` without leading titles ("President", "Dr.") for a person, without a leading "The"
  /// otherwise; the last word always stays.
  static func bare(_ name: String, kind: Kind) -> String {
    var rest = Substring(name)
    while let space = rest.firstIndex(of: " ") {
      let word = rest[..<space]
      guard kind == .person ? Titles.isTitle(word.lowercased()) : word == "The" else { break }
      rest = rest[rest.index(after: space)...]
    }
    return rest.startIndex == name.startIndex ? name : String(rest)
  }

  /// The keys an entity of `kind` known by `forms` (its name and aliases) is merged by: a
  /// person's full names (two words or more, titles removed), an organisation's names, and the
  /// lexicon's name of a country ("Beijing" stands for China). Empty for a person known by one
  /// word only.
  static func keys(_ forms: [String], kind: Kind) -> Set<String> {
    switch kind {
    case .person:
      return Set(fullNames(forms).map { "person:" + Gazetteer.key($0) })
    case .organization:
      let names = forms.map { Gazetteer.key(bare($0, kind: kind)) }.filter { !$0.isEmpty }
      return Set(names.map { "organization:" + $0 })
    case .country:
      return Set(forms.compactMap { form in
        if case .country(let name) = Gazetteer.shared.lookup(form) { return "country:" + name }
        return nil
      })
    }
  }

  /// The forms among `forms` that are a person's full name, titles removed.
  static func fullNames(_ forms: [String]) -> Set<String> {
    Set(forms.map { bare($0, kind: .person) }.filter(hasTwoWords))
  }

  /// True when `name` holds two words or more with a letter or digit in each.
  static func hasTwoWords(_ name: String) -> Bool {
    var words = 0
    var inWord = false
    for scalar in name.unicodeScalars {
      if scalar == " " {
        inWord = false
      } else if !inWord, ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) {
        inWord = true
        words += 1
        if words == 2 { return true }
      }
    }
    return false
  }

  /// The words of a name, each as its key.
  static func wordKeys(_ name: String) -> [String] {
    name.split(separator: " ").map { Gazetteer.key(String($0)) }.filter { !$0.isEmpty }
  }

  /// The words a person's full name (two words or more) may be shortened to in another
  /// article: its last word ("Bolden"), and its first when that is an East Asian family name,
  /// written first ("Xi" of "Xi Jinping", "Moon" of "Moon Jae-in"). A given name alone
  /// ("John") is never one, so two people sharing it stay apart.
  static func shortForms(ofFullName name: String) -> [String] {
    let words = wordKeys(name)
    guard let first = words.first, let last = words.last, words.count >= 2 else { return [] }
    return PersonNames.eastAsianFamily.contains(first) ? [first, last] : [last]
  }
}
