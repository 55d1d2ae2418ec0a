/// Stance words inside quotations: a quote shows its own speaker's stance, never the stance of
/// someone the speaker talks about ("they all back the plan," said X gives no stance to
/// "they"), so no stance rests on another actor's words.
extension StanceFinder {
  /// The speaker's entity index of each quoted passage, by passage number (nil when unnamed).
  /// Block quotes are left out: an excerpt of another report reads as narration.
  func speakerOfPassage() -> [Int: Int?] {
    var speakers: [Int: Int?] = [:]
    for quote in quotes where quote.kind != .block { speakers[quote.passage.number] = quote.speaker?.entity }
    return speakers
  }

  /// Which of `actors`, found for the stance word at `index` inside a quotation, hold its
  /// stance: the quote's `speaker` when the clause speaks in the first person ("I back",
  /// "we must stop") or names the speaker, else no one.
  func ownActors(_ actors: [EntityMention], at index: Int, speaker: Int?) -> [EntityMention] {
    guard let speaker else { return [] }
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    let passage = passageOfToken[optional: index]
    for back in stride(from: index - 1, through: max(sentence.lowerBound, index - 6), by: -1) {
      guard passageOfToken[optional: back] == passage, !tokens[back].isPunctuation else { break }
      if StanceWords.firstPerson.contains(tokens.lower(back)) {
        return [EntityMention(tokens: back..<back + 1, span: tokens[back].span, entity: speaker)]
      }
    }
    return actors.filter { $0.entity == speaker }
  }
}

extension StanceFinder {
  /// Evidence from an actor's own quoted words: each quoted sentence with the topic as the
  /// subject of a clause (by name or reference, or, when the topic is a person, "he"/"she"
  /// resolving to it), scored from there to the sentence's end by the valences of its words
  /// (``PolarityWords``): "the plan is a disaster", not "we hope they resolve the plan issue",
  /// whose polar words bear on others. A negation within three words before a word turns it
  /// around ("not a disaster"); after "but" or "however" only what follows counts. Actors in
  /// `polar` already have a stance from stance words and keep it.
  func quotedPolarity(
    _ references: TopicReferences, _ pronouns: PronounResolver, excluding polar: Set<Int>
  ) -> [Evidence] {
    let tokens = document.tokens
    let starts = Set(references.references.map { document.tokenIndex(atOrAfter: $0.phrase.start) })
    let isPerson = entities.entities[topic].type == .person
    var found: [Evidence] = []
    for quote in quotes where quote.kind != .block {
      guard let speaker = quote.speaker?.entity, !polar.contains(speaker), isQuotedActor(speaker) else { continue }
      let passage = quote.passage.number
      var sentence = document.sentenceOfToken[document.tokenIndex(atOrAfter: quote.passage.content.start)]
      while sentence < document.sentences.count, tokens[document.sentences[sentence].lowerBound].span.start < quote.passage.content.end {
        defer { sentence += 1 }
        let words = document.sentences[sentence].filter { passageOfToken[optional: $0] == passage && tokens[$0].isWord }
        let subject = words.first { index in
          let namesTopic =
            starts.contains(index)
            || (isPerson && ["he", "she"].contains(tokens.lower(index)) && pronouns.resolve(index) == topic)
          return namesTopic && isClauseSubject(index, passage: passage)
        }
        guard let subject, let first = words.first, let last = words.last else { continue }
        var score = 0.0
        for index in words where index >= subject {
          let lower = tokens.lower(index)
          if lower == "but" || lower == "however" {
            score = 0
          } else if let valence = PolarityWords.valence(lower) {
            score += isNegated(index) ? -valence : valence
          }
        }
        guard abs(score) >= PolarityWords.threshold else { continue }
        found.append(
          Evidence(actor: speaker, polarity: score > 0 ? .support : .oppose, span: Span(tokens[first].span.start, tokens[last].span.end)))
      }
    }
    return found
  }

  /// True when the phrase starting at token `index` (past a determiner) opens a clause of the
  /// quoted passage numbered `passage`: at the quote's start, after punctuation, a clause break
  /// ("that", "but") or "and".
  private func isClauseSubject(_ index: Int, passage: Int) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var before = index - 1
    while before >= sentence.lowerBound, ["the", "a", "an", "this", "our", "their", "its"].contains(tokens.lower(before)) {
      before -= 1
    }
    guard before >= sentence.lowerBound, passageOfToken[optional: before] == passage else { return true }
    let lower = tokens.lower(before)
    return tokens[before].isPunctuation || ClauseSubjects.breaks.contains(lower) || lower == "and"
  }
}
