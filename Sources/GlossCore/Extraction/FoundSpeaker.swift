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
