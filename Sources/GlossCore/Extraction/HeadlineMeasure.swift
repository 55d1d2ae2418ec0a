/// The thing a headline says is being decided or fought over: what a verb of deciding takes as
/// its object ("Council Approves Downtown Bike Lanes in 5-2 Vote": "lanes"), or the subject of
/// a verb of dispute ("Library Expansion Divides Residents", "Mill Closure Draws Fire":
/// "expansion", "closure"). When no ``TopicNouns`` entry names it, ``PhraseTopicFinder`` makes
/// its head noun one more entry and a measure. Never a word for people ("Rejects Mayor's Pick"
/// is about the pick).
struct HeadlineMeasure {
  let document: Document
  let entities: EntityTable

  /// What the headline says of its measure: the head noun's lower-case spelling, and whether the
  /// decision it reports adopted the measure (true: "Approves", "Upholds"), turned it down
  /// (false: "Rejects", "Strikes Down") or is still to come or fought over (nil: "Weighs",
  /// "Votes On", "Divides").
  struct Found: Equatable {
    var head: String
    var adopted: Bool?
    /// The headline's words for the measure ("Harwick pipeline permit").
    var words: Range<Int>
  }

  /// The headline's measure, or nil when the headline has no such phrase.
  func find() -> Found? {
    let tokens = document.tokens
    for block in document.blocks where block.isHeadline {
      for verb in block.tokens where tokens[verb].isWord {
        let lower = tokens.lower(verb)
        let next = verb + 1 < block.tokens.upperBound ? tokens.lower(verb + 1) : ""
        // "After Approving Contract", not "Upholding Tradition, …".
        if lower.hasSuffix("ing"), verb == block.tokens.lowerBound || tokens.lower(verb - 1) != "after" { continue }
        if Self.deciding.contains(lower) || Self.particleDeciding[lower] == next {
          let start = Self.deciding.contains(lower) ? verb + 1 : verb + 2
          if let head = objectHead(from: start, in: block.tokens) {
            return Found(head: tokens.lower(head), adopted: adopted(at: verb, in: block.tokens), words: start..<head + 1)
          }
        } else if verb > block.tokens.lowerBound, isCommonNoun(verb - 1) {
          let subject = subjectStart(before: verb, in: block.tokens)..<verb
          if Self.dividing.contains(lower) || Self.drawing.contains(lower) && Self.disputes.contains(next) {
            return Found(head: tokens.lower(verb - 1), adopted: nil, words: subject)
          }
          // "Bank Merger Wins State Approval": what wins approval is adopted.
          if Self.winning.contains(lower), (verb + 1..<min(verb + 3, block.tokens.upperBound)).contains(where: { tokens.lower($0) == "approval" }) {
            return Found(head: tokens.lower(verb - 1), adopted: true, words: subject)
          }
        }
      }
    }
    return nil
  }

  /// Whether the verb of deciding at `verb` reports the measure adopted or turned down, the
  /// other way after a refusal ("Fails to Pass", "Refuses to Overturn"); nil when nothing is
  /// decided yet ("Weighs", "Moves to Scrap": after "to", only a decision, "Votes to Pass",
  /// decides) or the headline reports two decisions ("Approves Budget, Rejects Tax Hike").
  private func adopted(at verb: Int, in headline: Range<Int>) -> Bool? {
    let tokens = document.tokens
    let lower = tokens.lower(verb)
    guard !Self.weighing.contains(lower), Self.particleDeciding[lower] != "on",
      !headline.contains(where: { $0 != verb && Self.deciding.contains(tokens.lower($0)) && !tokens.lower($0).hasSuffix("ing") })
    else { return nil }
    let adopted = Self.adopting.contains(lower)
    guard verb - 2 >= headline.lowerBound, tokens.lower(verb - 1) == "to" else { return adopted }
    let before = tokens.lower(verb - 2)
    if Self.decidingBeforeTo.contains(before) { return adopted }
    return Self.refusing.contains(before) ? !adopted : nil
  }

  /// Words before "to" in a headline that report a decision to do what follows ("Board Votes
  /// to Ban Phones"), unlike words of intent ("Seeks to Ban", "Moves to Scrap").
  static let decidingBeforeTo: Set<String> = WordList.words("votes voted decides decided agrees agreed")

  /// Words before "to" that report a refusal to do what follows ("Fails to Pass").
  static let refusing: Set<String> = WordList.words("fails failed refuses refused declines declined")

  /// Where the noun phrase ending right before `verb` starts: at the headline's start or after
  /// a function word or punctuation.
  private func subjectStart(before verb: Int, in headline: Range<Int>) -> Int {
    let tokens = document.tokens
    var start = verb - 1
    while start > headline.lowerBound, tokens[start - 1].isWord, !FunctionWords.isFunctionWord(tokens.lower(start - 1)) { start -= 1 }
    return start
  }

  /// The last word of the noun phrase opening at `start`, past a determiner and an owner
  /// ("Mayor's Pick"), when the phrase ends on a common noun before a function word,
  /// punctuation or the headline's end.
  private func objectHead(from start: Int, in headline: Range<Int>) -> Int? {
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
    return head
  }

  /// True when the word at `index` is an English word of no name and no word for people: not
  /// part of an entity's mention, a function word or a noun for a person or a group of people.
  private func isCommonNoun(_ index: Int) -> Bool {
    let tokens = document.tokens
    let lower = tokens.lower(index)
    return tokens[index].isWord && tokens[index].is(.common) && entities.mention(at: index) == nil
      && !FunctionWords.isFunctionWord(lower) && lower.count > 2 && !SpeakerNouns.contains(lower)
  }

  /// Verbs of deciding whose object is what is decided ("Approves", "Rejects", "Weighs").
  static let deciding: Set<String> = adopting.union(rejecting).union(weighing)

  /// Verbs of deciding that adopt what they decide on, or keep it in force.
  static let adopting: Set<String> = WordList.words(
    """
    approve approves approved approving pass passes passed passing adopt adopts adopted adopting
    uphold upholds upheld upholding
    """)

  /// Verbs of deciding that turn down what they decide on.
  static let rejecting: Set<String> = WordList.words(
    """
    reject rejects rejected rejecting overturn overturns overturned overturning scrap scraps
    scrapped scrapping
    """)

  /// Verbs of deciding that have not decided yet ("Weighs"; "Votes On" is another,
  /// ``particleDeciding``).
  static let weighing: Set<String> = WordList.words("weigh weighs weighing")

  /// Verbs whose subject is adopted when "approval" follows ("Merger Wins State Approval").
  static let winning: Set<String> = WordList.words("wins gets earns receives clears won got earned received cleared")

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
