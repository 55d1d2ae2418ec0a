/// Rough grammar on tokens, without a parser: what looks like a verb, and names that only
/// qualify the noun after them. Used to find subjects and to skip modifiers.
extension Document {
  /// Auxiliaries and modals: a name followed by one is a subject, not a modifier.
  static let auxiliaries: Set<String> = WordList.words(
    """
    has have had is are was were be been will would can could may might should must does did do
    also already still now then
    """)

  /// The head of the noun phrase set off by a comma after the name at `range`, opening on an
  /// article or an owner ("Zelbor, a company that …", "Harbor Fund, a super PAC,", "Ana Ruiz,
  /// Quorin's CEO,"): its last word in lower case, or initialism of a common noun
  /// (``Initialisms``), before a preposition, a relative word or punctuation; nil when none.
  func appositionHead(after range: Range<Int>) -> Int? {
    let comma = range.upperBound
    guard comma + 2 < tokens.count, tokens.text(comma) == ",",
      ["a", "an", "the"].contains(tokens.lower(comma + 1)) || tokens[comma + 1].isCapitalized && tokens[comma + 2].kind == .possessive
    else { return nil }
    var head: Int?
    var index = comma + 2
    while index < tokens.count, index < comma + 8,
      tokens[index].kind == .possessive
        || tokens[index].isWord && !tokens[index].is(.preposition) && !Self.appositionEnds.contains(tokens.lower(index))
    {
      if Initialisms.isCommonWord(index, of: tokens) { head = index }
      index += 1
    }
    return head
  }

  /// Words that end the noun phrase of an apposition ("a company that …").
  private static let appositionEnds: Set<String> = WordList.words("that which who whose where and or")

  /// Modal verbs: a word after one is a verb ("we will support").
  static let modals: Set<String> = WordList.words("will would can could may might should must shall")

  /// Common irregular past forms, which end neither in -ed nor -s.
  static let irregularVerbs: Set<String> = WordList.words(
    """
    sped said told made took gave went began fought won lost led held kept sent set put ran saw
    met built paid left became came got did was were thought felt brought bought stood spoke
    wrote drew struck sought taught understood withdrew chose chosen broke broken cast
    """)

  /// True when the token at `index` is a quotation mark.
  func isQuotationMark(_ index: Int) -> Bool {
    tokens.text(index).unicodeScalars.first.map(QuotationScanner.isQuotationMark) ?? false
  }

  /// True when the name only qualifies the noun after it ("U.S. ally South Korea").
  func isModifier(_ mention: EntityMention) -> Bool { isModifier(endingBefore: mention.tokens.upperBound) }

  /// True when the name ending just before token `next` only qualifies the noun after it.
  func isModifier(endingBefore next: Int) -> Bool {
    guard next < tokens.count else { return false }
    let token = tokens[next]
    // "Port Board Chairman Tom Ruiz", "Senate Majority Leader Ann Cole": the name
    // qualifies the title after it, past one more word at most (not in a headline's Title Case).
    let title = next + 1 < tokens.count && tokens[next].isCapitalized && !tokens[next].is(.title) ? next + 1 : next
    if tokens[title].isCapitalized, tokens[title].is(.title), !blocks[blockOfToken[next]].isHeadline { return true }
    guard token.isWord, !token.isCapitalized, !["both", "all", "each", "too"].contains(tokens.lower(of: token)) else {
      return false
    }
    // A group of people after the name is a noun, though it ends in -s as verbs do: "Okafor
    // supporters", "Okafor aides".
    if SpeakerNouns.groups.contains(tokens.lower(of: token)) || StanceWords.holders.contains(tokens.lower(of: token)) { return true }
    // "Keller never endorsed", "Keller strongly opposed": a negation or an adverb opens the
    // verb phrase too ("the Keller rally" is a noun's).
    let lower = tokens.lower(of: token)
    return !isVerb(next) && !FunctionWords.prepositions.contains(lower) && lower != "and" && lower != "or"
      && !StanceWords.isNegation(lower) && !FunctionWords.isAdverbOfAdjective(lower)
  }

  /// True when the tokens `range` name members of a people, a faith or a party ("Mohawks",
  /// "Native Americans"; ``PeopleNames``): a lone word by its class, looked up once per word
  /// (``WordClass/peopleName``), a longer name by its text.
  func namesPeople(_ range: Range<Int>) -> Bool {
    range.count == 1 ? tokens[range.lowerBound].is(.peopleName) : PeopleNames.contains(text(range).lowercased())
  }

  /// True for a word in lower case that reads as a verb, strictly (``isVerb(_:strict:)``): a
  /// capitalised word is a name or opens a sentence.
  func isLowerCaseVerb(_ index: Int) -> Bool {
    tokens[index].isWord && !tokens[index].isCapitalized && isVerb(index, strict: true)
  }

  /// True when `range` is one word that is a demonym ("Greek", "Chinese").
  func isLoneDemonym(_ range: Range<Int>) -> Bool { range.count == 1 && names.demonymOf(range.lowerBound) != nil }

  /// A rough test for a verb: an auxiliary, a known stance (not a holder noun) or reporting verb, an irregular past
  /// form, a word ending in -ed, or (unless `strict`, as plural nouns end so too) in -s. Read off
  /// the word's classes, worked out once per word (``WordClass/verb``, ``WordClass/sVerb``).
  func isVerb(_ index: Int, strict: Bool = false) -> Bool {
    let classes = tokens[index].classes
    return classes.contains(.verb) || !strict && classes.contains(.sVerb)
  }
}
