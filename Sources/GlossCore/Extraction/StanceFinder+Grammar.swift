/// How a stance word bears on a reference to the topic, without a parser: whether the
/// reference is its object, the subject of its passive or of a relative clause before it, and
/// what turns its side around (a negation, a bad object, a turning word over it).
extension StanceFinder {
  /// True when the stance word at `index` bears on the reference: a noun not inside a
  /// prepositional phrase, with the reference in its own phrase (``isInNounPhrase(_:of:)``); a
  /// holder noun only on a "his" or "her" that owns it ("his critics": no stance word before
  /// it bears on him); a verb with the reference as object in the same clause ("opposes
  /// THAAD", not "backed the plan, and THAAD …", "urged them to reject THAAD" nor "backed a
  /// zone over THAAD"), as subject of a passive with its agent right after it ("THAAD was
  /// backed by Seoul") or of a relative clause right after it ("a system that it opposes"), or
  /// before "too … to" and a verb with no object after it ("found X too reckless to back.",
  /// turned by ``isNegated(_:isStanceVerb:)``); a
  /// turning word with the reference as object or passive subject ("THAAD to be halted"). A
  /// participle describing a noun ("the proposed treaty") and a passive without its agent bear
  /// on nothing.
  func relates(_ index: Int, to reference: TopicReferences.Reference, reverse: Bool) -> Bool {
    let tokens = document.tokens
    let distance = reference.head - index
    // A stance word that heads the reference is no stance on it: "the ban" is the topic.
    guard distance != 0, abs(distance) <= Self.reach else { return false }
    let lower = tokens.lower(index)
    if isHolder(index) { return isHeld(reference, by: index) }
    // "campaigned against his rivals": the people "his" owns, not him.
    if ["his", "her"].contains(tokens.lower(reference.head)), TopicReferences.ownsHolder(tokens, reference.head) { return false }
    if StanceWords.nouns.contains(lower), !isVerb(index) {
      var back = index - 1
      while back >= 0, index - back <= 3, tokens[back].isWord, !FunctionWords.prepositions.contains(tokens.lower(back)) {
        back -= 1
      }
      // "spoke in support of X", "rallied in strong opposition to X": the phrase says how one acts.
      let isManner = index - back <= 2 && back >= 0 && tokens.lower(back) == "in" && index + 1 < tokens.count
        && ["of", "to"].contains(tokens.lower(index + 1))
      return (back < 0 || isManner || !FunctionWords.prepositions.contains(tokens.lower(back))) && isInNounPhrase(reference, of: index)
    }
    // A participle after a determiner describes a noun ("the proposed treaty"): no one acts.
    if index > 0, FunctionWords.nounMarkers.contains(tokens.lower(index - 1)),
      lower.hasSuffix("ed") || lower.hasSuffix("ing") || Document.irregularVerbs.contains(lower)
    {
      return false
    }
    // "sided with", "lashed out at": the reference follows, past an article or a title; a gift's
    // receiver past two words describing it too ("gave $5 million to a new fund").
    if StanceWords.particleVerbs[lower] != nil {
      let phrase = document.tokenIndex(atOrAfter: reference.phrase.start)
      var describing = lower == "to" && moneyGiver(before: index) != nil ? 0 : 2
      return distance > 0 && (index + 1..<reference.head).allSatisfy { at in
        if at >= phrase || FunctionWords.nounMarkers.contains(tokens.lower(at)) || tokens[at].is(.title) { return true }
        describing += 1
        return describing <= 2 && tokens[at].isWord && !tokens[at].isCapitalized && !tokens[at].is(.preposition) && !document.isVerb(at)
          && !tokens[at].is(.neverName) && !ClauseSubjects.breaks.contains(tokens.lower(at))
      }
    }
    if distance > 0 {
      // A passive verb without its agent has no object: "was dismissed on Monday as X's aide".
      let isOpposedTo = lower == "opposed" && index + 1 < tokens.count && tokens.lower(index + 1) == "to"
      if isPassive(index), lower.hasSuffix("ed") || Document.irregularVerbs.contains(lower), !isOpposedTo { return false }
      // The object is in the verb's clause, and no nearer stance word governs it ("urged
      // voters to reject X" is opposition only). A gift's "to" keeps its receiver in the object
      // ("donated $2 million to X"), as "opposed to X" does.
      let gives = StanceWords.gifts.contains(lower)
      let crosses = (index + 1..<reference.head).contains { at in
        let word = tokens.lower(at)
        if isOpposedTo && at == index + 1 || gives && (word == "to" || word == "$") { return false }
        return tokens[at].isPunctuation || ClauseSubjects.breaks.contains(word) || (tokens[at].isWord && cue(at: at) != nil)
          || Self.leavesObject(word)
      }
      return !crosses && (reverse ? distance <= 6 : true)
    }
    let after = document.tokenIndex(atOrAfter: reference.phrase.end)
    if !reverse, -distance <= 6, agent(of: index) != nil, after <= index,
      (after..<index).allSatisfy({ Self.joinsPassive(tokens.lower($0)) })
    {
      return true
    }
    // "found X too reckless to back.": the object stands before what is too much to do, when the
    // verb has none after it ("too timid to back the plan" is about the plan).
    if !reverse, after + 3 == index, tokens.lower(after) == "too", tokens.lower(index - 1) == "to", isExcess(before: index - 1),
      index + 1 >= tokens.count || !tokens[index + 1].isWord || tokens[index + 1].is(.preposition)
    {
      return true
    }
    // "the ban was ended", not "the ban is working by the end of the year" (a noun there turns
    // nothing) nor "Brandt was right to unseat Teague" (unseating Teague): right after a form
    // of "be", past an adverb.
    if reverse {
      var be = index - 1
      if be > reference.head, tokens.lower(be).hasSuffix("ly") { be -= 1 }
      return be > reference.head && FunctionWords.beForms.contains(tokens.lower(be))
    }
    // A relative clause right after the reference: "a system that it opposes", "X, which Y backs".
    let relative = after < index && tokens.text(after) == "," ? after + 1 : after
    return relative < index && ["that", "which"].contains(tokens.lower(relative))
  }

  /// True when the reference stands in the phrase of the stance noun at `index`: after it, past
  /// words of its clause and the prepositions that take its object ("support for X",
  /// "opposition to the plan of X"), or right before it ("the X deployment", "X's backing");
  /// not in another phrase ("her support among voters lags behind X").
  private func isInNounPhrase(_ reference: TopicReferences.Reference, of index: Int) -> Bool {
    let tokens = document.tokens
    if reference.head > index {
      return !(index + 1..<reference.head).contains { at in
        let word = tokens.lower(at)
        return tokens[at].isPunctuation || ClauseSubjects.breaks.contains(word) || (tokens[at].isWord && cue(at: at) != nil)
          || FunctionWords.prepositions.contains(word) && !Self.nounObjectPrepositions.contains(word)
      }
    }
    let after = document.tokenIndex(atOrAfter: reference.phrase.end)
    return after <= index && index - after <= 2 && (after..<index).allSatisfy { tokens[$0].isWord || tokens[$0].kind == .possessive }
  }

  /// Prepositions that take a stance noun's object: "support for", "opposition to", "criticism
  /// of", "the campaign against", "attacks on", "threw his support behind".
  private static let nounObjectPrepositions: Set<String> = ["of", "for", "to", "against", "on", "toward", "towards", "behind"]

  /// True when the holder noun at `index` names a side on the reference: its owner ("Lee's
  /// chief opponent"), the name before it ("a Lee supporter") or after "of" ("critic of Lee").
  /// Staff serve one "for" or "to" ("spokesman for Lee", "adviser to Lee"), or the name before
  /// them with lower-case words between ("Lee campaign spokesman").
  private func isHeld(_ reference: TopicReferences.Reference, by index: Int) -> Bool {
    let tokens = document.tokens
    let isStaff = self.isStaff(index)
    if reference.head > index {
      let joins = isStaff ? ["of", "the", "for", "to"] : ["of", "the"]
      return (index + 1..<reference.head).allSatisfy { joins.contains(tokens.lower($0)) }
    }
    let after = document.tokenIndex(atOrAfter: reference.phrase.end)
    guard after <= index else { return false }
    let between = after..<index
    let owned = between.first.map { tokens[$0].kind == .possessive } ?? true
    let served = isStaff && between.count <= 2 && between.allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized }
    return served || owned && between.count <= 3 && between.dropFirst().allSatisfy { tokens[$0].isWord }
  }

  /// Words that may stand between a reference and the passive verb it is the subject of: "X,
  /// which has long been backed by", "X was not endorsed by".
  private static func joinsPassive(_ lower: String) -> Bool {
    Document.auxiliaries.contains(lower) || FunctionWords.beForms.contains(lower) || FunctionWords.isMannerAdverb(lower)
      || [",", "not", "which", "that", "long", "widely"].contains(lower)
  }

  /// True when the verb at `index` is passive: a form of "be" before it, past adverbs and "not".
  private func isPassive(_ index: Int) -> Bool {
    var back = index - 1
    while back >= 0, FunctionWords.isMannerAdverb(document.tokens.lower(back)) || document.tokens.lower(back) == "not" { back -= 1 }
    return back >= 0 && FunctionWords.beForms.contains(document.tokens.lower(back))
  }

  /// Prepositions that take the words after them out of the verb's object: "backed a no-fly
  /// zone over X" is no stance on X, "backed the plan of X" is.
  private static func leavesObject(_ lower: String) -> Bool {
    FunctionWords.prepositions.contains(lower) && lower != "of" && lower != "by"
  }


  /// True when the stance word at `index` stands in the object of a turning word a few words
  /// before it: "end the sanctions against X", "stop opposing X" take a side for X.
  func isUndone(_ index: Int) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var back = index - 1
    while back >= sentence.lowerBound, index - back <= 5, tokens[back].isWord {
      if StanceWords.reverse.contains(tokens.lower(back)) { return true }
      back -= 1
    }
    return false
  }

  /// True when a word of manner follows the phrase of `reference` in its sentence: "did not
  /// attack Lee directly", "has not endorsed Lee by name". After a negated stance word the
  /// negation denies the manner, not the side.
  func isMannerAfter(_ reference: TopicReferences.Reference) -> Bool {
    let tokens = document.tokens
    let after = document.tokenIndex(atOrAfter: reference.phrase.end)
    guard after < tokens.count, document.sentenceOfToken[after] == document.sentenceOfToken[reference.head] else { return false }
    let lower = tokens.lower(after)
    return Self.manners.contains(lower) || lower == "by" && after + 1 < tokens.count && tokens.lower(after + 1) == "name"
  }

  /// Words of manner a negation may deny in place of the side: ``isMannerAfter(_:)``.
  private static let manners: Set<String> = WordList.words("directly personally explicitly outright openly publicly")

  /// True when the words between a verb at `index` and the reference it bears on after it
  /// name something bad (VADER's negative words): the verb's stance is then on that, and the
  /// reverse on the reference ("dismissed criticism of X", "condemned the attack on X").
  func isTurnedByObject(_ index: Int, _ reference: TopicReferences.Reference) -> Bool {
    // The reference's own words describe it, not another object ("reject the debt deal"): the
    // phrase opens at most three words before its head.
    let tokens = document.tokens
    var start = reference.head
    while start > 0, tokens[start - 1].span.start >= reference.phrase.start { start -= 1 }
    guard start > index + 1 else { return false }
    return (index + 1..<start).contains { (valence(at: $0) ?? 0) < 0 }
  }

  /// True when the word at `index`, which may be a noun, is a verb here: after "to", a modal
  /// or a subject pronoun ("proud to support", "we will support").
  private func isVerb(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    let before = document.tokens.lower(index - 1)
    return before == "to" || Document.modals.contains(before) || ["i", "we", "they", "you"].contains(before)
  }

  /// True when the stance word at `index` stands in a clause that asks or supposes rather than
  /// tells: "asked whether Ruiz backed X", "if Ruiz backs X", "could not say who backs X" (a
  /// question word after a verb: "Ruiz, who backs X," tells), "Ruiz may soon endorse X", or
  /// doubts: "is not sure she can vote for X", "is undecided whether to back X". No one's side
  /// is shown there.
  func isAsked(_ index: Int) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    if isIndirectQuestion(index) || isPossible(index) { return true }
    var back = index - 1
    // Doubt bears on its own clause only: "is not sure of the date but will vote for X" tells.
    var joined = false
    while back >= sentence.lowerBound, index - back <= 8, !tokens[back].isPunctuation {
      let lower = tokens.lower(back)
      if ["whether", "if"].contains(lower) { return true }
      if FunctionWords.conjunctions.contains(lower) { joined = true }
      if !joined, isDoubt(back) { return true }
      back -= 1
    }
    return false
  }

  /// True when the word at `index`, of side `polarity`, is one of two opposite sides offered
  /// with "or" on one object: "to support or oppose X", "for or against X", "I can't say I like
  /// him or dislike him". The other side is a stance word, "for", or a word of the opposite
  /// valence, on the other side of "or" with at most an object pronoun between ("like him or");
  /// "support X or risk losing it" and "for the budget or against the tax" offer no such choice.
  /// Neither side is taken.
  func isAlternative(_ index: Int, polarity: Polarity) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    func isOpposite(_ other: Int) -> Bool {
      guard sentence.contains(other), tokens[other].isWord else { return false }
      if let cue = cue(at: other) { return cue.polarity != polarity }
      // "for or against": "for" is a side here whatever its verb.
      if tokens.lower(other) == "for" { return polarity == .oppose }
      guard let worth = valence(at: other) else { return false }
      return polarity == .support ? worth < 0 : worth > 0
    }
    func isObject(_ at: Int) -> Bool {
      sentence.contains(at) && (Self.objectPronouns.contains(tokens.lower(at)) || tokens.lower(at) == "it")
    }
    if sentence.contains(index - 1), tokens.lower(index - 1) == "or" {
      let partner = isObject(index - 2) ? index - 3 : index - 2
      if isOpposite(partner) { return true }
    }
    let or = isObject(index + 1) ? index + 2 : index + 1
    return sentence.contains(or) && tokens.lower(or) == "or" && isOpposite(or + 1)
  }

  /// True when the word at `index` doubts what follows: a word of doubt not itself denied ("has
  /// no doubt she will back X" tells) nor describing a noun ("undecided voters"), or a word of
  /// certainty after a negation, past one adverb ("is not yet sure she can back X").
  func isDoubt(_ index: Int) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    let lower = tokens.lower(index)
    let earlier = (max(sentence.lowerBound, index - 2)..<index).map { tokens.lower($0) }
    let denied = earlier.contains { StanceWords.isNegation($0) }
    if Self.doubts.contains(lower) {
      let next = index + 1
      let describesNoun = next < sentence.upperBound && tokens[next].isWord && !tokens[next].is(.preposition)
        && !FunctionWords.isFunctionWord(tokens.lower(next))
      return !denied && !describesNoun
    }
    return Self.certainty.contains(lower) && denied
  }

  /// Words of doubt before a stance word: "is unsure she can back X" shows no side.
  static let doubts: Set<String> = WordList.words("unsure uncertain undecided doubt doubts doubted doubtful")

  /// Words of certainty that a negation before them turns to doubt: "not sure she can back X".
  static let certainty: Set<String> = WordList.words("sure certain convinced decided")

  /// True when a modal of possibility in lower case (not the month) stands right before the
  /// word at `index`, past one adverb of time or degree or a negation: "may soon endorse X",
  /// "could still back X", "might not oppose X" say what may come, not a side. "Could not back
  /// X" does take one (``isNegated(_:isStanceVerb:)``).
  private func isPossible(_ index: Int) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var back = index - 1
    var negated = false
    if back > sentence.lowerBound, Self.hedges.contains(tokens.lower(back)) || StanceWords.isNegation(tokens.lower(back)) {
      negated = StanceWords.isNegation(tokens.lower(back))
      back -= 1
    }
    guard back >= sentence.lowerBound, !tokens[back].isCapitalized else { return false }
    let modal = tokens.lower(back)
    return negated ? modal == "may" || modal == "might" : Self.possibility.contains(modal)
  }

  /// Modals of what may or may not happen.
  static let possibility: Set<String> = WordList.words("may might could")

  /// Adverbs that stand between a modal and its verb without telling: "may soon", "could still".
  static let hedges: Set<String> = WordList.words("well still also yet soon even eventually ultimately")

  /// True when the word at `index` is the verb of an indirect question, its subject a question
  /// word after a verb that takes one: "could not say who backs X", "asked who would endorse X".
  func isIndirectQuestion(_ index: Int) -> Bool {
    guard let who = subjectWho(of: index), who > 0 else { return false }
    return FunctionWords.questionTakers.contains(document.tokens.lower(who - 1))
  }

  /// The "who" or "what" that is the subject of the verb at `index`, past auxiliaries and
  /// negations ("who would not endorse"), in its sentence; nil when none stands there.
  func subjectWho(of index: Int) -> Int? {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var back = index - 1
    while back > sentence.lowerBound, Document.auxiliaries.contains(tokens.lower(back)) || StanceWords.isNegation(tokens.lower(back)) {
      back -= 1
    }
    return back >= sentence.lowerBound && ["who", "what"].contains(tokens.lower(back)) ? back : nil
  }

  /// True when a negation stands within three words before token `index` in its sentence, or,
  /// for a stance verb (`isStanceVerb`), within four before the "to" of its infinitive
  /// ("couldn't bring themselves to back", "did not want to endorse"). A polar word's tone
  /// keeps the short reach: "not going to be easy" is no word on the topic. Quotation marks
  /// are passed over ("is “not yet ready” to endorse"). "Too" and a word before a verb's own
  /// "to" deny the verb, a stance verb or a good one in one's own words (``isExcess(before:)``:
  /// "too objectionable to support"; not a noun, "too indifferent to suffering"); "not only"
  /// denies nothing (``isWidening(_:)``).
  func isNegated(_ index: Int, isStanceVerb: Bool = false) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var from = index
    var counted = 0
    while from > sentence.lowerBound, counted < 3 {
      from -= 1
      if !document.isQuotationMark(from) { counted += 1 }
    }
    if isStanceVerb, let to = (from..<index).last(where: { tokens.lower($0) == "to" }),
      (to + 1..<index).allSatisfy({ tokens[$0].isWord })
    {
      var start = to
      var words = 0
      while start > sentence.lowerBound, words < 4, tokens[start - 1].isWord || document.isQuotationMark(start - 1) {
        start -= 1
        if tokens[start].isWord { words += 1 }
      }
      from = min(from, start)
    }
    let afterTo = index > sentence.lowerBound && tokens.lower(index - 1) == "to"
    // "not too old to endorse": the negation denies the excess, not the verb.
    if afterTo, isDeniedExcess(before: index - 1) { from = max(from, index - 3) }
    let excess = afterTo && isExcess(before: index - 1) && (isStanceVerb || document.isVerb(index))
    return excess || (from..<index).contains { at in
      let lower = tokens.lower(at)
      return StanceWords.isNegation(lower) && !isWidening(at)
        || StanceWords.refraining.contains(lower) && tokens.lower(at + 1) == "from"
    }
  }

  /// True when "too" and a word neither good nor a verb stand right before the "to" at `to`:
  /// "too objectionable to support", "far too busy to back" deny what follows; "too eager to
  /// endorse" (a good word), "Ortega too plans to back" ("too" as "also") and a denied excess
  /// ("never too busy to help", "not too old to win") do not.
  private func isExcess(before to: Int) -> Bool {
    let tokens = document.tokens
    guard to >= 2, tokens.lower(to - 2) == "too", tokens[to - 1].isWord, !document.isVerb(to - 1), !isDeniedExcess(before: to) else {
      return false
    }
    return (valence(at: to - 1) ?? 0) <= 0
  }

  /// True when a negation stands right before the "too" two words before the "to" at `to`,
  /// denying the excess: "never too busy to help", "not too old to win".
  private func isDeniedExcess(before to: Int) -> Bool {
    to >= 3 && document.tokens.lower(to - 2) == "too" && StanceWords.isNegation(document.tokens.lower(to - 3))
  }

  /// True when the word at `index` is a negation that widens rather than denies, "not" before
  /// "only", "merely" or "just" (not "just yet"): "not only a liar but a danger" says both.
  func isWidening(_ index: Int) -> Bool {
    let tokens = document.tokens
    guard index + 1 < tokens.count, Self.widenings.contains(tokens.lower(index + 1)), StanceWords.isNegation(tokens.lower(index)) else {
      return false
    }
    return index + 2 >= tokens.count || !["yet", "now", "then"].contains(tokens.lower(index + 2))
  }

  /// The valence of the word at `index` (``PolarityWords/valence(at:of:)``); nil inside a
  /// name, which says nothing good or bad of anyone ("the Liberty Party", "Hope Ruiz").
  func valence(at index: Int) -> Double? {
    entities.mention(at: index) == nil ? PolarityWords.valence(at: index, of: document.tokens) : nil
  }

  /// Words after a negation that widen a claim instead of denying it (``isWidening(_:)``).
  private static let widenings: Set<String> = WordList.words("only just merely")
}
