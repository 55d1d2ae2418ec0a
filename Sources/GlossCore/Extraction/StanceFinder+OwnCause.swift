/// The person an article is about stands behind their own cause: a candidate, or the author of
/// a remark, a plan or a deed the article turns on, who speaks for themselves in it takes their
/// own side.
extension StanceFinder {
  /// Support for a person topic from their own words: every quote a reporting verb naming them
  /// gives them (high confidence; a pronoun or a carried-over speaker may be someone else).
  /// For a phrase topic, support from its owner (``ownerEvidence(_:_:)``). Nothing else.
  func ownCauseEvidence(_ references: TopicReferences, _ subjects: ClauseSubjects) -> [Evidence] {
    if case .phrase(let phrase) = topic { return ownerEvidence(phrase, references, subjects) }
    guard let topicEntity, entities.entities[topicEntity].type == .person else { return [] }
    return quotes.compactMap { quote in
      guard quote.kind != .block, quote.speaker?.entity == topicEntity, quote.speaker?.confidence == .high else { return nil }
      return Evidence(actor: topicEntity, polarity: .support, span: quote.passage.content, kind: .ownWords)
    }
  }

  /// Support for a phrase topic from the actor whose it is, named as its owner in the body
  /// ("Diaz's plan", "Ortega's endorsement"), for the nouns whose owner is their author
  /// (``TopicNouns/authored``): "Ruiz's impeachment" or "Lee's nomination" name who it is done
  /// to.
  private func ownerEvidence(_ phrase: PhraseTopic, _ references: TopicReferences, _ subjects: ClauseSubjects) -> [Evidence] {
    guard TopicNouns.authored.contains(phrase.entry) else { return [] }
    let tokens = document.tokens
    return references.references.compactMap { reference in
      // Past up to two words describing it: "Diaz's new tax plan".
      var possessive = reference.head - 1
      while possessive > reference.head - 3, possessive > 0, tokens[possessive].isWord, !tokens[possessive].isCapitalized { possessive -= 1 }
      guard possessive > 0, tokens[possessive].kind == .possessive, !document.blocks[document.blockOfToken[possessive]].isHeadline,
        let owner = entities.mention(at: possessive - 1), subjects.isActor(owner.entity)
      else { return nil }
      return Evidence(actor: owner.entity, polarity: .support, span: Span(owner.span.start, reference.phrase.end), kind: .ownWords)
    }
  }
}
