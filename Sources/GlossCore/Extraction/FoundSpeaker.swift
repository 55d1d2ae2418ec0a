/// A speaker as found next to a quote: the words that name them, the entity they resolve to,
/// the reporting verb, and the outlet the words were given to.
struct FoundSpeaker: Sendable {
  /// The mention: a name, a pronoun, or a phrase such as "one poster".
  var span: Span
  /// The entity index in the `EntityTable`, nil when the speaker is not a named entity.
  var entity: Int?
  var name: String
  var cue: Span?
  /// The entity index of the outlet the words were given to ("told CNN").
  var via: Int?
  /// How sure the attribution is; set by whoever credits a quote with this speaker.
  var confidence: AttributionConfidence = .medium

  /// This speaker rated by how a reporting verb found them: high when the verb's subject or
  /// object names a person or an organisation (by name, not by a pronoun or a role; a place
  /// speaks only for its government), medium otherwise.
  func ratedByCue(in article: Article, entities: EntityTable) -> FoundSpeaker {
    var rated = self
    let mention = article.string(span).lowercased()
    let named = entity.map { entities.entities[$0].type == .person || entities.entities[$0].type == .organization } ?? false
    rated.confidence = cue != nil && named && !FunctionWords.pronouns.contains(mention)
      && !FunctionWords.personalPronouns.contains(mention) ? .high : .medium
    return rated
  }

  /// This speaker with `confidence`.
  func rated(_ confidence: AttributionConfidence) -> FoundSpeaker {
    var rated = self
    rated.confidence = confidence
    return rated
  }
}

/// Small word classes the speaker and stance rules share.
enum FunctionWords {
  static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it"]
  /// Pronouns that name people and stand only as subjects: the one right before a verb is its subject.
  static let nominativePronouns: Set<String> = ["he", "she", "they", "we", "i"]
  static let personalPronouns: Set<String> = ["he", "she", "him", "her", "his", "hers"]
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
  /// Pronouns and interjections: capitalised, they open a sentence and never a name ("He",
  /// "Oh"), even where a quotation mark or a dash hides the sentence's start.
  static let neverNames: Set<String> = WordList.words(
    """
    he she it we they you i me him her us them his hers its our ours their theirs my mine your
    yours oh huh hey wow yes no okay ok ah uh um hmm
    """)

  /// True for a contraction of a verb ("Don't", "They're", "We'll", "I'm"): capitalised in a
  /// headline or after a quotation mark, it is never a name. A possessive "'s" is not one.
  static func isContraction(_ lower: String) -> Bool {
    for suffix in ["n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'m", "’m", "'d", "’d"] where lower.hasSuffix(suffix) {
      return lower.count > suffix.count
    }
    return false
  }

  /// True for a word that cannot name a speaker on its own: a determiner, preposition or
  /// conjunction.
  static func isFunctionWord(_ lower: String) -> Bool {
    CommonWords.determiners.contains(lower) || prepositions.contains(lower) || conjunctions.contains(lower)
  }

  /// Words that end the clause a subject is looked for in.
  static let clauseBreaks: Set<String> = [";", ":", "that", "but", "—", "–"]
  /// Be-forms: a reporting verb after one is passive ("could not be described as").
  static let beForms: Set<String> = ["be", "been", "being", "is", "are", "was", "were"]
}
