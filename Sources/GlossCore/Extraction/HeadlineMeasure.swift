/// The thing a headline says is being decided or fought over, when a common noun names it and
/// no ``TopicNouns`` entry does: what a verb of deciding takes as its object ("Council Approves
/// Downtown Bike Lanes in 5-2 Vote": "lanes"), or the subject of a verb of dispute ("Library
/// Expansion Divides Residents": "expansion"). ``PhraseTopicFinder`` treats its head noun as
/// one more entry, and as a measure.
struct HeadlineMeasure {
  let document: Document
  let entities: EntityTable

  /// The head noun's lower-case spelling, or nil when the headline has no such phrase.
  func head() -> String? {
    let tokens = document.tokens
    for block in document.blocks where block.isHeadline {
      for verb in block.tokens where tokens[verb].isWord {
        let lower = tokens.lower(verb)
        let next = verb + 1 < block.tokens.upperBound ? tokens.lower(verb + 1) : ""
        if Self.deciding.contains(lower) || Self.particleDeciding[lower] == next {
          let start = Self.deciding.contains(lower) ? verb + 1 : verb + 2
          if let head = objectHead(from: start, in: block.tokens) { return head }
        } else if Self.disputed.contains(lower), verb > block.tokens.lowerBound, isCommonNoun(verb - 1) {
          return tokens.lower(verb - 1)
        }
      }
    }
    return nil
  }

  /// The last word of the noun phrase opening at `start`, past a determiner, when the phrase
  /// ends on a common noun before a function word, punctuation or the headline's end.
  private func objectHead(from start: Int, in headline: Range<Int>) -> String? {
    let tokens = document.tokens
    var index = start
    if index < headline.upperBound, tokens[index].is(.determiner) { index += 1 }
    var last: Int?
    while index < headline.upperBound, tokens[index].isWord, !FunctionWords.isFunctionWord(tokens.lower(index)) {
      last = index
      index += 1
    }
    guard let head = last, isCommonNoun(head) else { return nil }
    return tokens.lower(head)
  }

  /// True when the word at `index` is an English word of no name: not part of an entity's
  /// mention, nor a function word or a known verb's only reading.
  private func isCommonNoun(_ index: Int) -> Bool {
    let tokens = document.tokens
    let lower = tokens.lower(index)
    return tokens[index].isWord && tokens[index].is(.common) && entities.mention(at: index) == nil
      && !FunctionWords.isFunctionWord(lower) && lower.count > 2
  }

  /// Verbs of deciding whose object is what is decided ("Approves", "Weighs").
  static let deciding: Set<String> = WordList.words(
    """
    approve approves approved pass passes passed reject rejects rejected block blocks blocked
    adopt adopts adopted uphold upholds upheld overturn overturns overturned scrap scraps scrapped
    halt halts halted delay delays delayed weigh weighs
    """)

  /// Verbs of deciding only with the word after them ("Strikes Down", "Votes On"): the word
  /// each needs.
  static let particleDeciding: [String: String] = [
    "strike": "down", "strikes": "down", "struck": "down", "vote": "on", "votes": "on", "voted": "on",
  ]

  /// Verbs of dispute whose subject is what is fought over ("Expansion Divides Residents").
  static let disputed: Set<String> = WordList.words("divides splits sparks angers draws stirs")
}
