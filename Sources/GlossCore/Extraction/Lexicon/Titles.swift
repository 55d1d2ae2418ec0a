/// Titles and roles written before a name ("President", "Senator"): not part of the name, and a
/// sign that a person follows.
enum Titles {
  static let all: Set<String> = WordList.words(
    """
    president vice prime minister premier chancellor secretary senator representative
    congressman congresswoman governor mayor ambassador envoy diplomat sheriff treasurer comptroller
    superintendent alderman alderwoman councilman councilwoman councilmember assemblyman
    assemblywoman assemblymember trustee supervisor selectman selectwoman freeholder magistrate
    king queen prince princess emperor empress sheikh sultan pope cardinal archbishop bishop
    tsar tsarina tsarevna tsarevich czar shah emir duke duchess marquis marquess baron baroness
    earl viscount mahatma madame mademoiselle monsieur
    reverend pastor rabbi imam father sister brother
    general colonel major lieutenant captain commander
    admiral sergeant private officer marshal
    chairman chairwoman chair director administrator commissioner chief ceo cfo coo founder
    spokesman spokeswoman spokesperson justice judge attorney prosecutor
    doctor professor miss sir dame lord lady
    coach manager captain striker goalkeeper defender midfielder forward
    analyst economist scientist researcher author writer journalist reporter correspondent
    editor columnist blogger activist lawmaker legislator councillor councilor candidate leader
    deputy acting former nominee
    engineer farmer teacher nurse lawyer historian official resident student worker soldier
    pilot owner chef artist singer actor actress producer designer architect expert adviser
    advisor aide consultant investor banker trader photographer witness survivor volunteer
    organizer organiser protester voter citizen executive physician surgeon psychologist
    sociologist novelist poet filmmaker entrepreneur negotiator mediator inspector detective
    strategist pollster
    """)

  /// Honorifics, which only ever stand before a person's name ("Ms. Mills", never a body's).
  static let honorifics: Set<String> = WordList.words("mr mrs ms messrs")

  /// True when `lower`, with or without its dot, is an honorific.
  static func isHonorific(_ lower: String) -> Bool {
    honorifics.contains(withoutDot(lower))
  }

  /// Words that qualify a title rather than name one ("former", "acting", "then-"); alone they
  /// name no one.
  static let qualifiers: Set<String> = WordList.words("former ex late then acting incoming outgoing")

  /// Titles of an office that English words naming its field may open ("Defense Secretary",
  /// "Foreign Minister", "Health Commissioner"): the field is a word of the title.
  static let offices: Set<String> = WordList.words("secretary minister commissioner czar undersecretary")

  /// Words that address a person of rank after "your", "his" or "her" ("Your Honor", "Her
  /// Majesty"); titles only there.
  static let addressWords: Set<String> = WordList.words(
    "honor honour excellency majesty highness lordship ladyship grace eminence holiness worship")

  /// Titles written short with a dot ("Mr.", "Sen.", "Lt."): the dot belongs to the word, so
  /// "Mr. Ortiz" stays one name.
  static let abbreviations: Set<String> = WordList.words(
    """
    mr mrs ms messrs mme mlle dr prof rev hon pres sen sens rep reps gov gen gens col lt maj capt
    cmdr adm sgt cpl pvt det insp supt amb atty
    """)

  /// Words of a name written short with a dot that are no titles ("St. Louis", "Martin Luther
  /// King Jr."); the dot belongs to the word too.
  static let nameAbbreviations: Set<String> = WordList.words("st mt ft jr sr")

  /// Titles that may stand alone before a full name, in any case ("President Xi Jinping",
  /// "Mr." or "Mr").
  static func isTitle(_ lower: String) -> Bool {
    all.contains(lower) || abbreviations.contains(withoutDot(lower))
  }

  /// The role nouns a title before a name stands for ("Sen." is "senator", "President"
  /// "president"): what "the senator" may refer back to; empty for a word that is no title.
  static func roles(_ lower: String) -> Set<String> {
    let bare = withoutDot(lower)
    return spelledOut[bare] ?? (all.contains(bare) ? [bare] : [])
  }

  /// Abbreviated titles and the role nouns they stand for.
  private static let spelledOut: [String: Set<String>] = [
    "sen": ["senator"], "sens": ["senator"], "gov": ["governor"], "pres": ["president"],
    "rep": ["representative", "congressman", "congresswoman"], "reps": ["representative", "congressman", "congresswoman"],
    "gen": ["general"], "gens": ["general"], "col": ["colonel"], "lt": ["lieutenant"], "maj": ["major"],
    "capt": ["captain"], "cmdr": ["commander"], "adm": ["admiral"], "sgt": ["sergeant"], "cpl": ["corporal"],
    "pvt": ["private"], "amb": ["ambassador"], "atty": ["attorney"], "det": ["detective"], "insp": ["inspector"],
    "supt": ["superintendent"], "prof": ["professor"], "dr": ["doctor"], "rev": ["reverend"],
  ]

  /// `lower` without its closing dot ("mr." → "mr"), unchanged without one.
  private static func withoutDot(_ lower: String) -> String {
    lower.utf8.last == UInt8(ascii: ".") ? String(lower.dropLast()) : lower
  }
}
