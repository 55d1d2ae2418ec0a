/// A stretch of tokens that names something, before mentions are grouped into entities.
struct EntityCandidate: Sendable {
  var tokens: Range<Int>
  /// The name as the article writes it, without titles.
  var surface: String
  /// The name with a misspelt possessive mended ("Leed’s" → "Leeds").
  var name: String
  var type: EntityType?
  /// How sure the classification is: 3 for a lexicon entry, 2 for a strong cue, 1 for a guess.
  var confidence: Int
  /// The title written before the name ("President"), if any.
  var title: String?
  /// The country the lexicon maps this name to ("Beijing" → "China").
  var country: String?
  /// Set when the lexicons know the name as a news agency or outlet.
  var sourceType: SourceType?
  /// False for names found in headlines, captions or boilerplate, which only count when the
  /// body names the same entity.
  var trusted: Bool
  /// Set for an English word opening a sentence, which names someone only as the short form of
  /// a person the article names in full ("Miller" after "Eva Miller").
  var onlyAsShortForm = false
  /// Set for an initialism of a common noun standing alone ("the PAC", "the CEO"), which names
  /// only the one entity the article describes by it ("Future Fund, a super PAC").
  var onlyAsDescribed = false
}
