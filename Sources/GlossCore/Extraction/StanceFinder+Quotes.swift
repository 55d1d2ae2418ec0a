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
