/// Small word classes the speaker and stance rules share.
enum FunctionWords {
  static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it"]
  /// Pronouns that name people and stand only as subjects: the one right before a verb is its subject.
  static let nominativePronouns: Set<String> = ["he", "she", "they", "we", "i"]
  static let personalPronouns: Set<String> = ["he", "she", "him", "her", "his", "hers"]
  /// Pronouns that stand only as objects, reflexive ones included: no subject opens with one.
  static let objectPronouns: Set<String> = WordList.words(
    "me him us them myself yourself himself herself itself ourselves yourselves themselves")
  /// Articles and possessive determiners: a verb's spelling after one is a noun or an adjective
  /// ("the reported remark", "the proposed treaty").
  static let nounMarkers: Set<String> = WordList.words("the a an this these those his her its their our my your")
  static let prepositions: Set<String> = WordList.words(
    """
    between with of in at to for from over about on by against among into toward towards under
    after before during without within across near behind beyond through throughout via
    """)
  /// Words that open an introductory phrase before the subject ("In a statement, …").
  static let introductions: Set<String> = WordList.words(
    """
    in on at throughout during after before from with under despite as since while when instead
    however meanwhile also then now still but and so yet last earlier later speaking writing
    asked according though although if because whereas once unless until like unlike
    """)
  static let conjunctions: Set<String> = ["and", "or", "but", "then", "so", "yet", "nor"]
  /// Words that open a relative clause or a question: never the first or last of a speaker.
  static let relatives: Set<String> = ["which", "what", "who", "whom", "whose", "where", "when", "why", "how", "that", "than"]
  /// Verbs and adjectives that take an indirect question ("know who", "unclear what").
  static let questionTakers: Set<String> = WordList.words(
    """
    know knows knew known wonder wonders wondered ask asks asked unclear sure certain tell tells
    told explain explains explained decide decides decided care cares cared see sees saw say
    says said
    """)
  /// Pronouns and interjections: capitalised, they open a sentence and never a name ("He",
  /// "Oh"), even where a quotation mark or a dash hides the sentence's start.
  static let neverNames: Set<String> = WordList.words(
    """
    he she it we they you i me him her us them his hers its our ours their theirs my mine your
    yours oh huh hey wow yes no okay ok ah uh um hmm
    """)

  /// True for a contraction of a verb ("Don't", "They're", "We'll", "I'm"): capitalised in a
  /// headline or after a quotation mark, it is never a name. A possessive "'s" is not one.
  /// Compared scalar by scalar: this runs for every new word of the vocabulary.
  static func isContraction(_ lower: String) -> Bool {
    let scalars = lower.unicodeScalars
    guard let apostrophe = scalars.lastIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
    let ending = String(scalars[scalars.index(after: apostrophe)...])
    let before = scalars[..<apostrophe]
    if ending == "t" { return before.last == "n" && !before.dropLast().isEmpty }
    return verbEndings.contains(ending) && !before.isEmpty
  }

  /// What follows the apostrophe of a contracted verb other than "n't".
  private static let verbEndings: Set<String> = ["re", "ll", "ve", "m", "d"]

  /// True for a word that cannot name a speaker on its own: a determiner, preposition or
  /// conjunction.
  static func isFunctionWord(_ lower: String) -> Bool {
    CommonWords.determiners.contains(lower) || prepositions.contains(lower) || conjunctions.contains(lower)
  }

  /// Words that end the clause a subject is looked for in.
  static let clauseBreaks: Set<String> = [";", ":", "that", "but", "—", "–"]
  /// Be-forms: a reporting verb after one is passive ("could not be described as").
  static let beForms: Set<String> = ["be", "been", "being", "is", "are", "was", "were"]

  /// Adverbs that join a sentence to the one before ("Therefore, …", "Indeed, …").
  static let connectives: Set<String> = WordList.words(
    """
    therefore thus hence nevertheless nonetheless indeed moreover furthermore besides again
    already rather first second third finally otherwise accordingly consequently likewise
    """)

  /// True for a word that opens a sentence before its subject, set off by a comma: a connective,
  /// an introduction, an English adverb in "-ly" ("Separately,"; not "Kelly," nor "Family,") or
  /// a day or month ("Monday,").
  static func isConnective(_ lower: String) -> Bool {
    connectives.contains(lower) || introductions.contains(lower) || CalendarWords.all.contains(lower)
      || isMannerAdverb(lower) && !lower.hasSuffix("ily") && !lower.hasSuffix("bly") && CommonWords.contains(lower)
  }

  /// True for an adverb spelt with "-ly" ("quietly", "significantly"; not "only"): it opens no
  /// reported clause and names no one.
  static func isMannerAdverb(_ lower: String) -> Bool { lower.hasSuffix("ly") && lower != "only" }

  /// True for an adverb made from an English adjective with "-ly" ("strongly", "publicly",
  /// "happily"), not a noun in "-ly" ("rally", "ally", "family", "assembly") nor an adjective
  /// ("weekly", "daily", "elderly": ``adjectivesInLy``).
  static func isAdverbOfAdjective(_ lower: String) -> Bool {
    guard lower.count > 4, lower.hasSuffix("ly"), !adjectivesInLy.contains(lower) else { return false }
    let stem = lower.dropLast(2)
    return CommonWords.contains(String(stem)) || stem.hasSuffix("i") && CommonWords.contains(stem.dropLast() + "y")
  }

  /// Adjectives in "-ly" made from a noun, which describe the noun after them ("the Brisk weekly
  /// newsletter").
  static let adjectivesInLy: Set<String> = WordList.words(
    """
    hourly nightly daily weekly monthly quarterly yearly early elderly costly friendly lovely
    likely lonely deadly orderly timely worldly scholarly fatherly motherly brotherly sisterly
    """)

  /// True for an adverb that stands between a subject and its verb ("quietly said", "once
  /// said", "later told", "also warned").
  static func isAdverbBeforeVerb(_ lower: String) -> Bool { isMannerAdverb(lower) || adverbsBeforeVerb.contains(lower) }

  /// Adverbs other than those in -ly that stand between a subject and its verb.
  static let adverbsBeforeVerb: Set<String> = WordList.words("once later then also again still never often")
}
