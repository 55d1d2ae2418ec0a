/// Deciding to do what a phrase topic names: "the board voted 4-1 on Monday to ban phones"
/// backs the ban, "the council agreed to cap rents" the cap. The topic noun's verb
/// (``decidedVerbs``) follows a verb of deciding and "to" (``HeadlineMeasure/decidingBeforeTo``),
/// past the vote's count and when it was taken; the phrase finder leaves that verb out of the
/// topic's references, as it is the act, not the thing.
extension StanceFinder {
  /// The evidence of every such decision in the body, for the actor who decided
  /// (``subject(of:_:)``): support, or opposition when the decision is negated ("did not vote to
  /// ban", "voted not to ban"). The decision must be on what the headline names: a word of the
  /// verb's object shares its first letters with a headline word ("to ban student phones" under
  /// "Board Votes to Ban Phones"), or the verb ends its clause ("voted to strike.").
  func decidedEvidence(_ subjects: ClauseSubjects, _ speakers: [Int: Int?]) -> [Evidence] {
    guard case .phrase(let phrase) = topic, let verbs = Self.decidedVerbs[phrase.entry],
      let headline = document.blocks.first(where: \.isHeadline)
    else { return [] }
    let tokens = document.tokens
    let headlineStems = Set(headline.tokens.compactMap { stem(of: $0) })
    // Compared once per spelling rather than once per token.
    let isTopicVerb = (0..<tokens.spellingCount).map { verbs.contains(tokens.spelling($0).lower) }
    var found: [Evidence] = []
    for index in tokens.indices.dropFirst(2) where tokens[index].isWord && isTopicVerb[tokens[index].spelling] {
      guard tokens.lower(index - 1) == "to" else { continue }
      let negatedAfter = tokens.lower(index - 2) == "not"
      guard let verb = decidingVerb(before: negatedAfter ? index - 2 : index - 1), !isAsked(verb),
        !document.blocks[document.blockOfToken[index]].isHeadline, !document.blocks[document.blockOfToken[index]].isBoilerplate,
        isOnTheHeadlines(objectAfter: index, headlineStems)
      else { continue }
      let polarity: Polarity = isNegated(verb, isStanceVerb: true) != negatedAfter ? .oppose : .support
      var actors = subject(of: verb, subjects).map { [$0] } ?? []
      if let passage = passageOfToken[optional: verb], let speaker = speakers[passage] {
        actors = ownActors(actors, at: verb, speaker: speaker)
      }
      found += actors.map { actor in
        Evidence(actor: actor.entity, polarity: polarity, span: Span(actor.span.start, tokens[index].span.end), kind: .stanceWord)
      }
    }
    return found
  }

  /// The verbs that do what a topic noun names, by ``TopicNouns`` entry: the same act, not a
  /// verb of the same spelling and another sense ("strike a clause", "rule quickly").
  static let decidedVerbs: [String: Set<String>] = [
    "ban": ["ban"], "cap": ["cap"], "tax": ["tax"], "levy": ["levy"], "recall": ["recall"], "strike": ["strike"],
    "merger": ["merge"], "closure": ["close"], "cuts": ["cut"],
  ]

  /// The actor named right before the verb of deciding at `verb`, past auxiliaries, a negation
  /// and adverbs ("the Guild did not vote", "Lee unanimously voted"), or a pronoun standing for
  /// one ("It voted"): the one who decided. Nil for a common noun there: "Lee said the board
  /// voted to ban" tells what a body decided, not what Lee did.
  private func subject(of verb: Int, _ subjects: ClauseSubjects) -> EntityMention? {
    let tokens = document.tokens
    var back = verb - 1
    while back >= 0, Self.beforeDeciding.contains(tokens.lower(back)) || FunctionWords.isMannerAdverb(tokens.lower(back)) {
      back -= 1
    }
    guard back >= 0 else { return nil }
    if let mention = entities.mention(at: back) { return subjects.isActor(mention.entity) ? mention : nil }
    guard ["he", "she", "it", "they"].contains(tokens.lower(back)),
      let entity = subjects.resolve(back), subjects.isActor(entity)
    else { return nil }
    return EntityMention(tokens: back..<back + 1, span: tokens[back].span, entity: entity)
  }

  /// Auxiliaries and negations that may stand between the one who decides and the verb.
  private static let beforeDeciding: Set<String> = WordList.words("did does do not n't never has have had also then")

  /// The verb of deciding before the "to" at `to`, past up to six tokens of a vote's count and
  /// its time ("voted 4-1 on Tuesday night to ban"); not a noun ("the vote to ban"). The verb's
  /// bare form only after "did", "does" or "do" ("did not vote to ban"): "will vote" is yet to
  /// come.
  private func decidingVerb(before to: Int) -> Int? {
    let tokens = document.tokens
    var back = to - 1
    while back > 0, to - back <= 7 {
      let lower = tokens.lower(back)
      if HeadlineMeasure.decidingBeforeTo.contains(lower) {
        return FunctionWords.nounMarkers.contains(tokens.lower(back - 1)) ? nil : back
      }
      if Self.decidingBare.contains(lower) {
        let auxiliary = ["not", "n't"].contains(tokens.lower(back - 1)) ? back - 2 : back - 1
        return auxiliary >= 0 && ["did", "does", "do"].contains(tokens.lower(auxiliary)) ? back : nil
      }
      // A count ("4-1"), a time, or an adverb ("unanimously").
      let isCount = tokens[back].kind == .number || tokens[back].first.properties.numericType != nil || lower == "-"
      guard isCount || tokens[back].is(.calendar) || FunctionWords.isMannerAdverb(lower) || Self.voteTimes.contains(lower) else {
        return nil
      }
      back -= 1
    }
    return nil
  }

  /// The bare forms of the verbs of deciding.
  private static let decidingBare: Set<String> = WordList.words("vote decide agree")

  /// Words of when a vote was taken, besides days and months: "on Tuesday night", "late last week".
  private static let voteTimes: Set<String> = WordList.words(
    "on at in this last late early night morning afternoon evening week month year again")

  /// True when a word among the six after the verb at `verb`, before punctuation, shares its
  /// stem with a headline word (`stems`), or when the verb ends its clause: no object, or a
  /// preposition right after it. "Nothing", "none" and "no" after it decide nothing.
  private func isOnTheHeadlines(objectAfter verb: Int, _ stems: Set<String>) -> Bool {
    let tokens = document.tokens
    let next = verb + 1
    guard next < tokens.count, tokens[next].isWord else { return true }
    if ["nothing", "none", "no"].contains(tokens.lower(next)) { return false }
    if tokens[next].is(.preposition) { return true }
    var index = next
    while index < tokens.count, index - next < 6, tokens[index].isWord || tokens[index].kind == .number {
      if let stem = stem(of: index), stems.contains(stem) { return true }
      index += 1
    }
    return false
  }

  /// The first five letters of the word at `index`, for a word of four letters or more that is
  /// no function word: "cellphones" and "Cellphones", "rentals" and "rental" share theirs.
  private func stem(of index: Int) -> String? {
    let tokens = document.tokens
    let lower = tokens.lower(index)
    guard tokens[index].isWord, lower.count >= 4, !FunctionWords.isFunctionWord(lower) else { return nil }
    return String(lower.prefix(5))
  }
}
