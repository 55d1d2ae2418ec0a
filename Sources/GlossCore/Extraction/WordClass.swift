/// What the lexicons say of a word, looked up once per distinct word and kept on each token, so
/// the extractors test bits instead of hashing the same strings again and again.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt32

  static let common = WordClass(rawValue: 1 << 0)
  static let determiner = WordClass(rawValue: 1 << 1)
  static let title = WordClass(rawValue: 1 << 2)
  static let connector = WordClass(rawValue: 1 << 3)
  static let calendar = WordClass(rawValue: 1 << 4)
  static let organizationHead = WordClass(rawValue: 1 << 5)
  static let placeHead = WordClass(rawValue: 1 << 6)
  static let thingHead = WordClass(rawValue: 1 << 7)
  static let preposition = WordClass(rawValue: 1 << 8)
  static let cue = WordClass(rawValue: 1 << 9)
  /// A verb that introduces reported speech ("said", "told", "warned").
  static let indirectCue = WordClass(rawValue: 1 << 12)
  /// A word that may stand between a country and the person it qualifies ("top" in "China's top
  /// diplomat"; see ``SideLinker``).
  static let sideModifier = WordClass(rawValue: 1 << 13)
  /// A word that shows a stance ("opposes", "deployment"; see ``StanceWords/byWord``).
  static let stance = WordClass(rawValue: 1 << 14)
  /// A pronoun or interjection, never a name (see ``FunctionWords/neverNames``).
  static let neverName = WordClass(rawValue: 1 << 15)
  /// A given name of the public lists (see ``PersonNames``).
  static let givenName = WordClass(rawValue: 1 << 16)
  /// A family name of the public lists that is no English word.
  static let familyName = WordClass(rawValue: 1 << 17)
  /// The last noun of a staff compound ("manager" of "campaign manager"; see
  /// ``StanceWords/staffCompounds``).
  static let staffHead = WordClass(rawValue: 1 << 18)
  /// A word after which a verb or adjective takes a side on what follows ("for", "with", "of":
  /// ``StanceWords/particleVerbs``).
  static let particle = WordClass(rawValue: 1 << 19)
  /// A word that reads as a verb (``Document/isVerb(_:strict:)``): an auxiliary, an irregular
  /// past form, a reporting verb, a stance verb that names no holder, a word ending in -ed.
  static let verb = WordClass(rawValue: 1 << 20)
  /// A word of more than three characters ending in -s but not -ss, a verb unless strictly told.
  static let sVerb = WordClass(rawValue: 1 << 21)
  /// A noun of a side received ("backing", "criticism") or a verb of naming ("called"): the
  /// words that carry ``StanceFinder``'s two constructions.
  static let sideConstruction = WordClass(rawValue: 1 << 22)
  /// A word that reports speech in one construction only and is no ``cue`` by itself:
  /// "according to", "went on", "as one voter put it", "“…,” she continued." (see
  /// ``SpeakerFinder/isCue(_:in:)``).
  static let speechIdiom = WordClass(rawValue: 1 << 23)
  /// A name for members of a people, a faith or a party ("Mohawks", "Baptist"; see
  /// ``PeopleNames``).
  static let peopleName = WordClass(rawValue: 1 << 24)
  /// The article writes the word in lower case somewhere: a capitalised form at the start of a
  /// sentence is an ordinary word, not a name ("Relations between …").
  static let writtenLowercase = WordClass(rawValue: 1 << 10)
  /// The article writes the word capitalised inside a sentence somewhere: a name, even where it
  /// also opens a sentence.
  static let capitalizedInside = WordClass(rawValue: 1 << 11)

  /// The classes of a lower-case word, worked out once per process: every article's vocabulary
  /// and the entity classifier's look-ups of singular nouns ask again and again.
  static func of(_ lower: String) -> WordClass { known.value(of: lower, lookedUp) }

  /// The classes of every lower-case word met so far in this process; enough for the vocabulary
  /// of a large library (a few megabytes).
  private static let known = SharedCache<WordClass>(limit: 500_000)

  /// The classes of a lower-case word, from the lexicons: the hand-kept lists in one look-up
  /// (``listed``), then the data files and the word's form.
  private static func lookedUp(_ lower: String) -> WordClass {
    var classes = listed[lower] ?? []
    if !classes.contains(.common), CommonWords.table.contains(lower) { classes.insert(.common) }
    if classes.isDisjoint(with: [.organizationHead, .placeHead, .thingHead]) {
      switch NameHeads.kind(of: lower) {
      case .place: classes.insert(.placeHead)
      case .organization: classes.insert(.organizationHead)
      default: break
      }
    }
    if FunctionWords.isContraction(lower) { classes.insert(.neverName) }
    if PeopleNames.contains(lower) { classes.insert(.peopleName) }
    if PersonNames.isGiven(lower) { classes.insert(.givenName) }
    if PersonNames.isFamily(lower) { classes.insert(.familyName) }
    if lower.hasSuffix("ed") { classes.insert(.verb) }
    if lower.hasSuffix("s") && !lower.hasSuffix("ss") && lower.count > 3 { classes.insert(.sVerb) }
    return classes
  }

  /// The classes a word has by standing in a hand-kept list, every list merged into one table
  /// on first use: a new word costs one look-up here instead of one for each list.
  private static let listed: [String: WordClass] = {
    var table: [String: WordClass] = [:]
    func add(_ words: some Sequence<String>, _ classes: WordClass) {
      for word in words { table[word, default: []].formUnion(classes) }
    }
    add(CommonWords.all, .common)
    add(CommonWords.determiners, .determiner)
    add(Titles.all, .title)
    // An abbreviation with or without its dot ("sen", "sen.").
    add(Titles.abbreviations.flatMap { [$0, $0 + "."] }, .title)
    add(EntityRecognizer.connectors, .connector)
    add(CalendarWords.all, .calendar)
    add(Organizations.headWords, .organizationHead)
    add(Places.headWords, .placeHead)
    add(OtherThings.headWords, .thingHead)
    add(FunctionWords.prepositions, .preposition)
    add(ReportingVerbs.strong.union(ReportingVerbs.weak), [.cue, .verb])
    add(ReportingVerbs.indirect, .indirectCue)
    add(["according", "put", "puts"] + ReportingVerbs.beforeMark + ReportingVerbs.phrasal.keys, .speechIdiom)
    add(SideLinker.modifiers, .sideModifier)
    add(StanceWords.staffCompounds.keys, .staffHead)
    add(StanceWords.byWord.keys, .stance)
    add(["for"] + StanceWords.particleVerbs.keys, .particle)
    add(StanceWords.receivedSides.keys, .sideConstruction)
    add(StanceWords.naming, .sideConstruction)
    add(FunctionWords.neverNames, .neverName)
    add(Document.auxiliaries.union(Document.irregularVerbs), .verb)
    // A noun for a person by their side is no verb: "U.S. ally South Korea".
    add(StanceWords.oppose.union(StanceWords.support).subtracting(StanceWords.holders), .verb)
    return table
  }()
}

extension WordClass {
  /// Completes the classes of every word from how the article writes it: `writtenLowercase`
  /// when any of its tokens is lower case, `capitalizedInside` when any is capitalised where no
  /// clause starts.
  static func assign(to tokens: inout TokenList, clauseInitial: (Int) -> Bool) {
    for index in tokens.indices {
      let token = tokens[index]
      if token.isWord, !token.isCapitalized { tokens.insert(.writtenLowercase, atWordOf: index) }
      if token.isNameLike, !clauseInitial(index) { tokens.insert(.capitalizedInside, atWordOf: index) }
    }
  }
}
