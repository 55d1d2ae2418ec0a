/// The thing a headline says is being decided or fought over: what a verb of deciding takes as
/// its object ("Council Approves Downtown Bike Lanes in 5-2 Vote": "lanes"), or the subject of
/// a verb of dispute ("Library Expansion Divides Residents", "Mill Closure Draws Fire":
/// "expansion", "closure"). When no ``TopicNouns`` entry names it, ``PhraseTopicFinder`` makes
/// its head noun one more entry and a measure. Never a word for people ("Rejects Mayor's Pick"
/// is about the pick).
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
        } else if verb > block.tokens.lowerBound, isCommonNoun(verb - 1),
          Self.dividing.contains(lower) || Self.drawing.contains(lower) && Self.disputes.contains(next)
        {
          return tokens.lower(verb - 1)
        }
      }
    }
    return nil
  }

  /// The last word of the noun phrase opening at `start`, past a determiner and an owner
  /// ("Mayor's Pick"), when the phrase ends on a common noun before a function word,
  /// punctuation or the headline's end.
  private func objectHead(from start: Int, in headline: Range<Int>) -> String? {
    let tokens = document.tokens
    var index = start
    if index < headline.upperBound, tokens[index].is(.determiner) { index += 1 }
    var last: Int?
    while index < headline.upperBound, tokens[index].isWord || tokens[index].kind == .possessive,
      !FunctionWords.isFunctionWord(tokens.lower(index))
    {
      last = tokens[index].isWord ? index : nil
      index += 1
    }
    guard let head = last, isCommonNoun(head) else { return nil }
    return tokens.lower(head)
  }

  /// True when the word at `index` is an English word of no name and no word for people: not
  /// part of an entity's mention, a function word or a noun for a person or a group of people.
  private func isCommonNoun(_ index: Int) -> Bool {
    let tokens = document.tokens
    let lower = tokens.lower(index)
    return tokens[index].isWord && tokens[index].is(.common) && entities.mention(at: index) == nil
      && !FunctionWords.isFunctionWord(lower) && lower.count > 2 && !SpeakerNouns.contains(lower)
  }

  /// Verbs of deciding whose object is what is decided ("Approves", "Weighs").
  static let deciding: Set<String> = WordList.words(
    """
    approve approves approved pass passes passed reject rejects rejected adopt adopts adopted
    uphold upholds upheld overturn overturns overturned scrap scraps scrapped weigh weighs
    """)

  /// Verbs of deciding only with the word after them ("Strikes Down", "Votes On"): the word
  /// each needs.
  static let particleDeciding: [String: String] = [
    "strike": "down", "strikes": "down", "struck": "down", "vote": "on", "votes": "on", "voted": "on",
  ]

  /// Verbs whose subject is fought over whatever follows ("Expansion Divides Residents").
  static let dividing: Set<String> = WordList.words("divides splits divide split")

  /// Verbs whose subject is fought over when a word of dispute follows ("Closure Draws Fire";
  /// not "Party Draws Crowd", "Fire Sparks Evacuation").
  static let drawing: Set<String> = WordList.words("draws sparks stirs prompts")

  /// Words of dispute after ``drawing`` verbs.
  static let disputes: Set<String> = WordList.words(
    """
    fire criticism protest protests outrage debate opposition backlash anger fury concern concerns
    skepticism scrutiny questions objections complaints lawsuit lawsuits
    """)
}
