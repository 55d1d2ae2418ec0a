/// Actors the article brings in to explain rather than to take a side: analysts, professors,
/// researchers. What they say judges the situation, so the valence of their words makes no
/// stance; a stance word they use still does ("the analyst backs the plan").
extension StanceFinder {
  /// The entities described by a commentator's role: right before a mention ("analyst Jane
  /// Roe", "Professor Roe") or in an apposition after it ("Jane Roe, a political science
  /// professor at …").
  func commentators() -> Set<Int> {
    let tokens = document.tokens
    var found = Set<Int>()
    for mention in entities.mentions where entities.entities[mention.entity].type == .person {
      let before = mention.tokens.lowerBound - 1
      if before >= 0, StanceWords.commentators.contains(tokens.lower(before)) {
        found.insert(mention.entity)
        continue
      }
      let comma = mention.tokens.upperBound
      guard comma + 1 < tokens.count, tokens.text(comma) == ",", ["a", "an"].contains(tokens.lower(comma + 1)) else { continue }
      var index = comma + 2
      while index < min(tokens.count, comma + 7), tokens[index].isWord, !FunctionWords.prepositions.contains(tokens.lower(index)) {
        if StanceWords.commentators.contains(tokens.lower(index)) {
          found.insert(mention.entity)
          break
        }
        index += 1
      }
    }
    return found
  }
}
