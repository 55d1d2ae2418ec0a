/// The person an article is about stands behind their own cause: a candidate, or the author of
/// a remark, a plan or a deed the article turns on, who speaks for themselves in it takes their
/// own side.
extension StanceFinder {
  /// Support for a person topic from their own words: every quote a reporting verb naming them
  /// gives them (high confidence; a pronoun or a carried-over speaker may be someone else).
  /// Nothing when the topic is not a person or the article never quotes them so.
  func ownCauseEvidence() -> [Evidence] {
    guard let topicEntity, entities.entities[topicEntity].type == .person else { return [] }
    return quotes.compactMap { quote in
      guard quote.kind != .block, quote.speaker?.entity == topicEntity, quote.speaker?.confidence == .high else { return nil }
      return Evidence(actor: topicEntity, polarity: .support, span: quote.passage.content, kind: .ownWords)
    }
  }
}
