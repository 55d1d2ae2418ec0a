/// What the lexicons say of each distinct spelling that can stand in a name, looked up once per
/// spelling: names are tested at every capitalised word, and an article names the same people,
/// places and bodies again and again.
struct NameSpellings: Sendable {
  /// What is known of one name word.
  private struct Facts: Sendable {
    /// What the gazetteer knows the word as on its own (see ``Gazetteer/lookup(_:)``).
    let kind: Gazetteer.Kind?
    /// The country the word is the demonym of ("Chinese" → "China").
    let demonymOf: String?
    /// True for the first word of a two-word demonym ("South" of "South Korean").
    let opensDemonym: Bool
    /// True for a people's name in the plural ("Belgians", "Texans").
    let isPluralDemonym: Bool
    /// True for an adjective of a place that is not a country ("European").
    let isOtherAdjective: Bool
    /// True when a place or a company of the public lists has more words after this one ("New"
    /// of "New York", "Goldman" of "Goldman Sachs"): a longer name is looked up there only then.
    let opensListedName: Bool
  }

  private let tokens: TokenList
  private let gazetteer = Gazetteer.shared
  /// By spelling: the facts of a name word, nil for other spellings, which are looked up when
  /// asked (names hold few of them: connectors such as "of").
  private let facts: [Facts?]
  /// The spellings the article writes right after a capitalised given name ("Judge" of "Ann
  /// Judge"): family names, whatever else the words are.
  private let familyNames: Set<Int>

  /// The facts of every spelling met so far in this process that could be a name word, nil for
  /// those that are not: they depend on the spelling alone (its form, and the classes the
  /// lexicons give its lower case), and a library's articles name the same people and places.
  private static let shared = SharedCache<Facts?>(limit: 200_000)

  /// The facts of every name word among `tokens`.
  init(_ tokens: TokenList) {
    self.tokens = tokens
    let gazetteer = gazetteer
    facts = (0..<tokens.spellingCount).map { spelling in
      let (text, _, form, classes) = tokens.spelling(spelling)
      // Most spellings are words in lower case, which only a particle makes a name word.
      guard form.startsUpper || form.isAllUpper || Self.hasNameParticle(text) else { return nil }
      return Self.shared.value(of: text) { text in
        guard Self.isNameWord(text, form, classes, gazetteer) else { return nil }
        return Facts(
          kind: gazetteer.lookup(text), demonymOf: gazetteer.country(forDemonym: text),
          opensDemonym: gazetteer.opensDemonym(text),
          isPluralDemonym: Self.isPluralDemonym(text, gazetteer), isOtherAdjective: Countries.otherAdjectives.contains(text),
          opensListedName: Self.opensListedName(text) || form.isAllUpper && Self.opensListedName(text.capitalized))
      }
    }
    var familyNames = Set<Int>()
    for index in tokens.indices.dropFirst() where tokens[index].isCapitalized {
      let before = tokens[index - 1]
      if before.isCapitalized, before.is(.givenName) { familyNames.insert(tokens[index].spelling) }
    }
    self.familyNames = familyNames
  }

  /// True when the article writes the token at `index` as a family name somewhere, right after
  /// a given name ("Ann Judge").
  func isFamilyName(_ index: Int) -> Bool { familyNames.contains(tokens[index].spelling) }

  /// True for a capitalised word that can be part of a name ("Seoul", "CNN", "al-Mansouri"; not
  /// "I", "Monday" or "Anti-US").
  func isNameWord(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.isWord && facts[token.spelling] != nil
  }

  /// What the gazetteer knows the token at `index` as on its own.
  func kind(_ index: Int) -> Gazetteer.Kind? {
    facts[tokens[index].spelling].map(\.kind) ?? gazetteer.lookup(tokens.text(index))
  }

  /// The country the token at `index` is the demonym of. Every demonym in the lexicon is
  /// capitalised, so only a name word can be one.
  func demonymOf(_ index: Int) -> String? {
    facts[tokens[index].spelling]?.demonymOf
  }

  /// The country the tokens at `index` and `index + 1` are the demonym of ("South Korean").
  func demonymOf(_ index: Int, _ next: Int) -> String? {
    guard facts[tokens[index].spelling]?.opensDemonym == true else { return nil }
    return gazetteer.country(forDemonym: tokens.text(index), tokens.text(next))
  }

  /// True when the token at `index` is a people's name in the plural.
  func isPluralDemonym(_ index: Int) -> Bool {
    facts[tokens[index].spelling]?.isPluralDemonym ?? Self.isPluralDemonym(tokens.text(index), gazetteer)
  }

  /// True when a place or a company of the public lists starts with the token at `index` and
  /// more words.
  func opensListedName(_ index: Int) -> Bool { facts[tokens[index].spelling]?.opensListedName ?? true }

  /// True when the token at `index` is an adjective of a place that is not a country.
  func isOtherAdjective(_ index: Int) -> Bool {
    facts[tokens[index].spelling]?.isOtherAdjective ?? Countries.otherAdjectives.contains(tokens.text(index))
  }

  /// True when a place or a company of the public lists starts with `word` and goes on.
  private static func opensListedName(_ word: String) -> Bool {
    Places.table.hasKey(startingWith: word + " ") || Companies.table.hasKey(startingWith: word + " ")
  }

  private static func isNameWord(_ text: String, _ form: WordForm, _ classes: WordClass, _ gazetteer: Gazetteer) -> Bool {
    if hasNameParticle(text) { return true }
    guard form.startsUpper || form.isAllUpper, !form.isLoneI, ScalarClass.isLetter(form.first),
      !text.hasPrefix("I'"), !text.hasPrefix("I’"), !isSidePrefixed(text, gazetteer), !PartyTags.isTag(text),
      !isPluralAcronym(text)
    else { return false }
    return !classes.contains(.calendar) && (!classes.contains(.neverName) || form.isAllUpper)
  }

  /// True for an acronym in the plural ("PACs", "NGOs", "CEOs"): a kind of thing or person, no
  /// one's name.
  static func isPluralAcronym(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count >= 3, bytes.last == UInt8(ascii: "s") else { return false }
    return bytes.dropLast().allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
  }

  /// True for a name written with a lower-case particle: "al-Mansouri", "el-Sisi".
  private static func hasNameParticle(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count > 4, let first = bytes.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "e") else {
      return false
    }
    let third = bytes[bytes.index(bytes.startIndex, offsetBy: 2)]
    let fourth = bytes[bytes.index(bytes.startIndex, offsetBy: 3)]
    guard third == UInt8(ascii: "-"), fourth >= UInt8(ascii: "A"), fourth <= UInt8(ascii: "Z") else { return false }
    return ["al", "el", "ad", "as", "ar", "an"].contains(String(text.prefix(2)))
  }

  /// True for "Pro-Beijing" or "Anti-US": a side taken on a known name, not a name itself.
  private static func isSidePrefixed(_ text: String, _ gazetteer: Gazetteer) -> Bool {
    guard text.utf8.first == UInt8(ascii: "A") || text.utf8.first == UInt8(ascii: "P") else { return false }
    for prefix in StanceWords.sidePrefixes where text.hasPrefix(prefix) {
      return gazetteer.lookup(String(text.dropFirst(prefix.count))) != nil
    }
    return false
  }

  /// True for a people's name in the plural ("Belgians", "Texans").
  private static func isPluralDemonym(_ word: String, _ gazetteer: Gazetteer) -> Bool {
    guard word.utf8.last == UInt8(ascii: "s") else { return false }
    let singular = String(word.dropLast())
    return gazetteer.country(forDemonym: singular) != nil || singular.hasSuffix("an")
  }
}
