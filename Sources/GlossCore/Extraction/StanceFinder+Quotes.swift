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
  /// stance: the quote's `speaker` when the clause speaks in the first person ("I back", "we
  /// must stop"; not "we saw that voters back") or names the speaker, else no one (nor for
  /// "I'll fight anyone who backs", nor for people of the speaker's: "my neighbor called it a
  /// disaster").
  func ownActors(_ actors: [EntityMention], at index: Int, speaker: Int?) -> [EntityMention] {
    guard let speaker, speaker != topicEntity, !isUnnamedRelative(index) else { return [] }
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    let passage = passageOfToken[optional: index]
    for back in stride(from: index - 1, through: max(sentence.lowerBound, index - 6), by: -1) {
      guard passageOfToken[optional: back] == passage, !tokens[back].isPunctuation else { break }
      let lower = tokens.lower(back)
      // "We saw that many Lee supporters …": the clause after "that" has a subject of its own.
      if Self.clauseOpeners.contains(lower) { break }
      if StanceWords.firstPerson.contains(lower) {
        // "My neighbor called it a disaster": people of the speaker's are not the speaker.
        if ["my", "our"].contains(lower), back + 1 < index, SpeakerNouns.contains(tokens.lower(back + 1)) { return [] }
        return [EntityMention(tokens: back..<back + 1, span: tokens[back].span, entity: speaker)]
      }
    }
    return actors.filter { $0.entity == speaker }
  }

  /// Words that open a clause with a subject of its own after them.
  private static let clauseOpeners: Set<String> = ["that", "which", "whether"]
}

extension StanceFinder {
  /// Evidence from an actor's own words on the topic, quoted or reported ("X said that …"):
  /// every sentence of them with the topic as the subject of a clause (by name or reference, or,
  /// when the topic is a person, by a pronoun resolving to it; or by a noun whose "of" names
  /// it, ``ofSubject(in:heads:phraseStarts:passage:)``) is scored from there on by the
  /// valences of its words (``PolarityWords``): "the plan is a disaster", not "we hope they
  /// resolve the plan issue", whose polar words bear on others. A sentence naming the topic
  /// otherwise counts by a comparison with it or by the words describing it ("is a terrible
  /// ordinance", ``describedValence(in:heads:supposed:)``), and what is said of the decision a
  /// headline reports on a phrase topic (``PhraseTopic/decisions``) is said of the topic.
  /// When the topic is a person, every sentence of a quote in a paragraph naming them counts
  /// whole: words said in a paragraph about a candidate judge the candidate, unless the sentence
  /// names another person, organisation or place and not the topic (it judges them).
  /// Commentators (``commentators()``) are left to their stance words: their judgements are
  /// analysis, not a side. The topic's own noun counts for nothing ("the ban is working" says
  /// nothing bad of the ban). A negation within
  /// three words before a word turns it around ("not a disaster"); after "but" or "however" only
  /// what follows counts (not after "not only"), and a clause of "if", "unless" or "whether" counts for
  /// nothing (``suppositions(in:)``). An actor's sentences are
  /// summed: their stance takes the sign of the sum once it reaches the threshold, with the
  /// sentences that agree as evidence, so one sour remark does not outweigh a speech of
  /// praise. Actors in `polar` already have a stance from stance words and keep it.
  func quotedPolarity(
    _ references: TopicReferences, _ pronouns: PronounResolver, excluding polar: Set<Int>
  ) -> [Evidence] {
    let heads = Set(references.references.map(\.head))
    let phraseStarts = Dictionary(
      references.references.map { ($0.head, document.tokenIndex(atOrAfter: $0.phrase.start)) }, uniquingKeysWith: min)
    let isPerson = topicEntity.map { entities.entities[$0].type == .person } ?? false
    let blocks = Set(references.references.map { document.blockOfToken[$0.head] })
    let commentators = self.commentators()
    let topicSex = isPerson ? topicEntity.flatMap { PersonSex.of(entities.entities[$0]) } : nil
    // The headline's decision on a phrase topic, by head, and whether it went against it.
    var decisions: [Int: Bool] = [:]
    if case .phrase(let phrase) = topic { for decision in phrase.decisions { decisions[decision.head] = decision.turned } }
    // A person topic is named by a pronoun resolving to it as well.
    func isTopicPronoun(_ index: Int) -> Bool {
      isPerson && FunctionWords.personalPronouns.contains(document.tokens.lower(index)) && pronouns.resolve(index) == topicEntity
    }
    var order: [Int] = []
    var scored: [Int: [(score: Double, span: Span)]] = [:]
    for quote in quotes where quote.kind != .block {
      guard let speaker = quote.speaker?.entity, !polar.contains(speaker), isQuotedActor(speaker),
        !commentators.contains(speaker)
      else { continue }
      let speakerSex = PersonSex.of(entities.entities[speaker])
      for words in sentences(of: quote) {
        guard let first = words.first, let last = words.last else { continue }
        let passage = quote.kind == .indirect ? nil : quote.passage.number
        let namesTopic = words.contains { heads.contains($0) || isTopicPronoun($0) }
        // A sentence that does not name the topic has no subject or standard of comparison naming it.
        var subject: Int?
        if namesTopic {
          subject = words.firstIndex { index in
            (heads.contains(index) || isTopicPronoun(index)) && isClauseSubject(index, passage: passage)
          } ?? ofSubject(in: words, heads: heads, phraseStarts: phraseStarts, passage: passage)
        }
        let supposed = suppositions(in: words)
        let compared = namesTopic && subject == nil
          ? comparedValence(in: words, heads: heads, phraseStarts: phraseStarts) ?? outdoneValence(in: words, heads: heads, phraseStarts: phraseStarts)
            ?? describedValence(in: words, heads: heads, supposed: supposed)
          : nil
        // "This ruling puts a company's schedule ahead of our water": what is said of the
        // headline's decision as a clause's subject is said of the topic, turned when the
        // decision went against it.
        var sign = 1.0
        if subject == nil, compared == nil,
          let position = words.firstIndex(where: { decisions[$0] != nil && isClauseSubject($0, passage: passage) })
        {
          subject = position
          if decisions[words[position]] == true { sign = -1 }
        }
        guard subject != nil || compared != nil
          || (isPerson && blocks.contains(document.blockOfToken[first])
            && (namesTopic || !namesOther(words, speaker) && !speaksOfOtherSex(words, topicSex, speakerSex, reported: passage == nil)))
        else { continue }
        // The topic's own noun says nothing of it: "the ban is working" judges no ban; nor
        // does others' side on it ("many Lee supporters"), nor what a clause says of their
        // support ("Lee's support is lagging").
        let others = othersSideClauses(in: words, heads: heads)
        let scoredWords = (subject.map { Array(words[$0...]) } ?? words).filter {
          !supposed.contains($0) && !heads.contains($0) && !others.contains($0)
        }
        let score = sign * (compared ?? valence(of: scoredWords))
        guard score != 0 else { continue }
        if scored[speaker] == nil { order.append(speaker) }
        scored[speaker, default: []].append((score, Span(document.tokens[first].span.start, document.tokens[last].span.end)))
      }
    }
    return order.flatMap { actor -> [Evidence] in
      let sentences = scored[actor]!
      let total = sentences.reduce(0) { $0 + $1.score }
      guard abs(total) >= PolarityWords.threshold else { return [] }
      let polarity: Polarity = total > 0 ? .support : .oppose
      return sentences.filter { ($0.score > 0) == (total > 0) }.map {
        Evidence(actor: actor, polarity: polarity, span: $0.span, kind: .tone)
      }
    }
  }

  /// True when the word at `index` names others' side on the topic right after a reference
  /// to it (`heads`), past a possessive: a holder noun (``StanceWords/holders``: "Lee
  /// supporters", "Lee's critics") or "support" ("Lee's support is lagging"). Such words tell
  /// what others think, not the speaker.
  private func isOthersSide(_ index: Int, heads: Set<Int>) -> Bool {
    let tokens = document.tokens
    var before = index - 1
    if before > 0, tokens[before].kind == .possessive { before -= 1 }
    guard before >= 0, heads.contains(before) else { return false }
    let lower = tokens.lower(index)
    // "Lee's support for farmers" is Lee's own.
    if lower == "support" { return index + 1 >= tokens.count || !["for", "of", "to"].contains(tokens.lower(index + 1)) }
    return StanceWords.holders.contains(lower)
  }

  /// The words of `words` from "support" naming others' level of support for the topic
  /// (``isOthersSide(_:heads:)``) to the end of its clause: a punctuation mark, a clause break
  /// (``ClauseSubjects/breaks``) or "and" before a subject pronoun. "Lee's support is weak and
  /// lagging far behind" says how others stand, not how the speaker does. What is said of
  /// people of a side ("Lee's critics are wrong") is left to count: it often shows the
  /// speaker's own.
  private func othersSideClauses(in words: [Int], heads: Set<Int>) -> Set<Int> {
    var found = Set<Int>()
    var inside = false
    for (position, index) in words.enumerated() {
      let lower = document.tokens.lower(index)
      if position > 0, words[position - 1] + 1 != index || ClauseSubjects.breaks.contains(lower) {
        inside = false
      }
      if lower == "and", position + 1 < words.count, FunctionWords.nominativePronouns.contains(document.tokens.lower(words[position + 1])) {
        inside = false
      }
      if lower == "support", isOthersSide(index, heads: heads) { inside = true }
      if inside { found.insert(index) }
    }
    return found
  }

  /// The position in `words` of a noun that opens a clause with "of" and the topic after it
  /// ("the burden of the new regulation would …", the phrases of `heads` starting at
  /// `phraseStarts`, ``ofNoun(before:)``): what is said of the noun is said of the topic. Nil
  /// when there is none.
  private func ofSubject(in words: [Int], heads: Set<Int>, phraseStarts: [Int: Int], passage: Int?) -> Int? {
    for index in words where heads.contains(index) {
      guard let noun = ofNoun(before: phraseStarts[index] ?? index), isClauseSubject(noun, passage: passage),
        let position = words.firstIndex(of: noun)
      else { continue }
      return position
    }
    return nil
  }

  /// The noun before "of" and a determiner ahead of the phrase starting at token `start`
  /// ("the burden of the regulation"), which stands for what the phrase names. Not a noun that
  /// turns it around or stands apart from it: a negation ("the failure of"), a stance word ("the
  /// repeal of"), people by their side or service (``StanceWords/holders``: "critics of", "a
  /// spokesman of") or an ending (``StanceWords/endings``: "the end of"); "the people of X" are
  /// X's own. Nil when there is none.
  private func ofNoun(before start: Int) -> Int? {
    let tokens = document.tokens
    var of = start - 1
    while of > 0, FunctionWords.nounMarkers.contains(tokens.lower(of)) { of -= 1 }
    let noun = of - 1
    guard noun >= 0, tokens.lower(of) == "of", tokens[noun].isWord, !tokens[noun].isCapitalized,
      case let lower = tokens.lower(noun), !FunctionWords.isFunctionWord(lower), !StanceWords.isNegation(lower),
      StanceWords.byWord[lower] == nil, !StanceWords.endings.contains(lower), !StanceWords.holders.contains(lower)
    else { return nil }
    return noun
  }

  /// The summed valence of the adjectives comparing something with the topic as their standard,
  /// "as ADJ as" the topic's phrase (from `phraseStarts`) or a noun whose "of" names it
  /// (``ofNoun(before:)``): "I have seen nothing as shameful as this version of the plan" says
  /// the plan is shameful, and a negation of the comparison does not turn it around
  /// ("nothing as", "never as"). Nil when no phrase of `heads` in `words` is such a standard.
  /// "As well as" compares nothing, nor a multiple ("twice as safe as": less so).
  private func comparedValence(in words: [Int], heads: Set<Int>, phraseStarts: [Int: Int]) -> Double? {
    let tokens = document.tokens
    for index in words where heads.contains(index) {
      let start = phraseStarts[index] ?? index
      var back = start - 1
      while back > 0, FunctionWords.nounMarkers.contains(tokens.lower(back)) { back -= 1 }
      if back > 0, tokens.lower(back) == "of" {
        guard let noun = ofNoun(before: start) else { continue }
        back = noun - 1
        while back > 0, FunctionWords.nounMarkers.contains(tokens.lower(back)) { back -= 1 }
      }
      guard back > 0, tokens.lower(back) == "as" else { continue }
      let sentence = document.sentences[document.sentenceOfToken[back]]
      var opening: Int?
      for earlier in stride(from: back - 1, through: max(sentence.lowerBound, back - 8), by: -1) {
        guard tokens[earlier].isWord || tokens.text(earlier) == "," else { break }
        if tokens.lower(earlier) == "as" {
          opening = earlier
          break
        }
      }
      guard let opening, !(back - opening == 2 && tokens.lower(opening + 1) == "well"),
        opening == sentence.lowerBound || !Self.multiples.contains(tokens.lower(opening - 1))
      else { continue }
      let score = (opening + 1..<back).reduce(0.0) { $0 + (valence(at: $1) ?? 0) }
      if score != 0 { return score }
    }
    return nil
  }

  /// The valence of the one word that describes the topic after a verb "to be" and a
  /// determiner, as what something is said to be: "it is a terrible ordinance", "the VAT's a
  /// great tax", "this is not a bad plan" (a negation turns it around). Not two words before
  /// the head ("is a crime prevention plan"), not without "be" ("have a gun ordinance", "a
  /// lender like Marlow Bank"), nor a clause that supposes (`supposed`: "if this were a fair
  /// tax") or one a "but" or "however" after it answers ("not a perfect plan, but a good
  /// start"). Nil when no reference in `words` (`heads`) is so described.
  private func describedValence(in words: [Int], heads: Set<Int>, supposed: Set<Int>) -> Double? {
    let tokens = document.tokens
    for (position, index) in words.enumerated() where heads.contains(index) && index >= 3 {
      let (word, marker, verb) = (index - 1, index - 2, index - 3)
      guard !supposed.contains(index), tokens[word].isWord, !tokens[word].isCapitalized,
        FunctionWords.nounMarkers.contains(tokens.lower(marker)),
        isBe(verb) || StanceWords.isNegation(tokens.lower(verb)) && verb > 0 && isBe(verb - 1),
        let worth = valence(at: word),
        !words[(position + 1)...].contains(where: { Self.contrasts.contains(tokens.lower($0)) })
      else { continue }
      return isNegated(word) ? -worth : worth
    }
    return nil
  }

  /// Words after which only what follows counts: "not perfect, but a start".
  private static let contrasts: Set<String> = ["but", "however"]

  /// True for a form of "be" at `index`, also "'s" before a determiner ("the VAT's a …").
  private func isBe(_ index: Int) -> Bool {
    FunctionWords.beForms.contains(document.tokens.lower(index)) || document.tokens[index].kind == .possessive
  }

  /// Words of a multiple before "as … as" ("twice as safe as X"): X is the less so.
  private static let multiples: Set<String> = WordList.words("twice thrice half times")

  /// The valence of a comparison that prefers something to the topic's phrase (from
  /// `phraseStarts`) after "than": the other is "better" or "more" of a good thing ("he is
  /// doing better in the polls than X", "a more honest leader than X"), which counts against
  /// the topic; a negation before it turns it into praise ("nobody would be a better governor
  /// than X"), and a negated "more" takes the valence of what follows it ("no one has done more
  /// for the town than X", "no one has done more damage than X"). Read back from "than" to the
  /// start of its clause (after punctuation or a conjunction). Nil when no phrase of `heads` in
  /// `words` follows such a comparison, and for comparisons that judge nothing of it: "worse
  /// than X", "rather than", "other than", "no better than X" and "no more than X" (a negation
  /// right before the comparison), one by "less" or "fewer", or one that is asked or supposed
  /// ("if", "whether", a word of doubt).
  private func outdoneValence(in words: [Int], heads: Set<Int>, phraseStarts: [Int: Int]) -> Double? {
    let tokens = document.tokens
    for index in words where heads.contains(index) {
      var than = (phraseStarts[index] ?? index) - 1
      while than > 0, FunctionWords.nounMarkers.contains(tokens.lower(than)) { than -= 1 }
      guard than > 0, tokens.lower(than) == "than", !Self.notComparing.contains(tokens.lower(than - 1)) else { continue }
      let sentence = document.sentences[document.sentenceOfToken[than]]
      var cue: Int?
      var back = than - 1
      while back >= sentence.lowerBound, than - back <= QuoteContext.reach, !tokens[back].isPunctuation,
        !FunctionWords.conjunctions.contains(tokens.lower(back))
      {
        let lower = tokens.lower(back)
        if ["if", "whether"].contains(lower) || isDoubt(back) || Self.lessening.contains(lower) { return nil }
        // "I have no doubt the ferry does better than X": the negation denies the doubt.
        if Self.doubts.contains(lower) || Self.certainty.contains(lower) { break }
        if cue == nil, ["better", "more"].contains(lower) { cue = back }
        if let cue, Self.comparisonNegations.contains(lower) || StanceWords.isNegation(lower) {
          // "no better than X", "no more than X": the comparison is denied, not turned into praise.
          if back == cue - 1, cue + 1 == than { return nil }
          return preference(at: cue, negated: true)
        }
        back -= 1
      }
      if let cue, let preference = preference(at: cue, negated: false) { return -preference }
    }
    return nil
  }

  /// How good the thing preferred at `index` is: for "better", its own valence; for "more", the
  /// valence of the word after it when that word has one ("more honest", "more damage"), else,
  /// when the comparison is `negated`, that of one good word ("no one has done more for the
  /// town"). Nil when "more" compares nothing good: "more than X can raise".
  private func preference(at index: Int, negated: Bool) -> Double? {
    let tokens = document.tokens
    guard tokens.lower(index) == "more" else { return valence(at: index) }
    if index + 1 < tokens.count, let worth = valence(at: index + 1) {
      return negated || worth > 0 ? worth : nil
    }
    return negated ? 1 : nil
  }

  /// Words before "than" that make no comparison of worth ("rather than X").
  private static let notComparing: Set<String> = WordList.words("rather other")

  /// Words that deny a comparison without being negations of a word: "nobody is better than X".
  private static let comparisonNegations: Set<String> = WordList.words("nobody few")

  /// Words of a comparison downwards: the topic is the more so ("less clever than X").
  private static let lessening: Set<String> = WordList.words("less fewer")

  /// True when `words` name an actor or a place other than the topic and `speaker`: such a
  /// sentence judges them ("the other side will stop at nothing", "I still love Ohio"), not the
  /// topic. So does "a disaster for Ohio", though it judges the topic: letting a place after a
  /// preposition count again brought back five train stances on sentences about other things
  /// ("a catastrophic defeat in Miami") for that one.
  private func namesOther(_ words: [Int], _ speaker: Int) -> Bool {
    words.contains { index in
      guard let mention = entities.mention(at: index), mention.entity != topicEntity, mention.entity != speaker else { return false }
      return entities.entities[mention.entity].type != .other
    }
  }

  /// True when `words` speak of a third person by a pronoun of the sex the topic is not
  /// (`topicSex`), and by none of the topic's ("every time she opens her mouth" in a paragraph
  /// about a man): they judge someone else. A word for kin of that sex in them may be whom the
  /// pronoun stands for ("I told my daughter she should never trust him"), and in reported
  /// speech (`reported`) a pronoun that may stand for the speaker (of `speakerSex`) is theirs.
  private func speaksOfOtherSex(
    _ words: [Int], _ topicSex: PersonNames.Sex?, _ speakerSex: PersonNames.Sex?, reported: Bool
  ) -> Bool {
    guard let sex = topicSex else { return false }
    let kin = Set(words.compactMap { PersonSex.of(kin: document.tokens.lower($0)) })
    var other = false
    for index in words {
      guard let pronounSex = PersonSex.of(pronoun: document.tokens.lower(index)) else { continue }
      if pronounSex == sex { return false }
      if !kin.contains(pronounSex), !reported || speakerSex.map({ $0 != pronounSex }) == true { other = true }
    }
    return other
  }

  /// The words of `quote`, sentence by sentence: those inside its passage (not in a quotation
  /// nested in it) for a quote in marks, those of the reported clause for reported speech.
  private func sentences(of quote: QuoteAttributor.Draft) -> [[Int]] {
    let tokens = document.tokens
    let passage: Int? = quote.kind == .indirect ? nil : quote.passage.number
    var result: [[Int]] = []
    for piece in quote.passage.pieces {
      var index = document.tokenIndex(atOrAfter: piece.start)
      var current: [Int] = []
      var sentence = -1
      while index < tokens.count, tokens[index].span.end <= piece.end {
        if document.sentenceOfToken[index] != sentence {
          if !current.isEmpty { result.append(current) }
          current = []
          sentence = document.sentenceOfToken[index]
        }
        if tokens[index].isWord, passageOfToken[optional: index] == passage { current.append(index) }
        index += 1
      }
      if !current.isEmpty { result.append(current) }
    }
    return result
  }

  /// The summed valence of `words`, negations turning a word around (and a loss a good word:
  /// "has lost the trust of"; "never lost" turns it back), "but" or "however" starting the
  /// count again, and the verb of an indirect question ("could not say who backs X") and two
  /// opposite sides offered with "or" (``isAlternative(_:polarity:)``: "like him or dislike
  /// him") left out.
  private func valence(of words: [Int]) -> Double {
    var score = 0.0
    var widened = false
    for index in words {
      let lower = document.tokens.lower(index)
      if isWidening(index) {
        widened = true
      } else if Self.contrasts.contains(lower) {
        // "not only …, but …" adds what follows to what came before.
        if !widened { score = 0 }
        widened = false
      } else if let worth = valence(at: index), !isIndirectQuestion(index),
        !isAlternative(index, polarity: worth > 0 ? .support : .oppose)
      {
        score += isNegated(index) != (worth > 0 && isLost(index)) ? -worth : worth
      }
    }
    return score
  }

  /// The tokens of the clauses in `words` that suppose or ask rather than say, from "if",
  /// "unless" or "whether" to the comma that closes one opening its clause ("if X pretends this
  /// brings prosperity, he is crazy" judges X by its main clause alone), or to the sentence's end
  /// for one that follows its main clause ("he will lose if he keeps this up"). Not "as if",
  /// which says how something is, nor one after a word of asking ("I wonder if", "I wonder
  /// whether he has any shame left"), nor an opening one with no comma to close it.
  private func suppositions(in words: [Int]) -> Set<Int> {
    let tokens = document.tokens
    var supposed = Set<Int>()
    for index in words where ["if", "unless", "whether"].contains(tokens.lower(index)) {
      let before = index > 0 ? tokens.lower(index - 1) : ""
      guard before != "as", !FunctionWords.questionTakers.contains(before) else { continue }
      let sentence = document.sentences[document.sentenceOfToken[index]]
      var end = index
      while end < sentence.upperBound, tokens.text(end) != "," { end += 1 }
      // A comma past the words ends no clause of them: "“If X wins we lose,” she said".
      if end > (words.last ?? index), document.isClauseInitial(index) { continue }
      supposed.formUnion(index..<end)
    }
    return supposed
  }

  /// True when the word at `index` follows a word of losing, past "of" and a determiner ("has
  /// lost the trust of"; "lacks" is a negation already). The loss of something good is bad.
  private func isLost(_ index: Int) -> Bool {
    let tokens = document.tokens
    var back = index - 1
    while back > 0, index - back <= 2, tokens.lower(back) == "of" || FunctionWords.nounMarkers.contains(tokens.lower(back)) {
      back -= 1
    }
    return back >= 0 && document.sentenceOfToken[back] == document.sentenceOfToken[index] && Self.losing.contains(tokens.lower(back))
  }

  /// Words of losing something (``StanceWords/negations`` holds those of lacking).
  private static let losing: Set<String> = WordList.words("lose loses lost losing")

  /// True when the phrase starting at token `index` (past a determiner) opens a clause of the
  /// quoted passage numbered `passage` (nil for reported speech): at the quote's start, after
  /// punctuation, a clause break ("that", "but"), "and", a verb of saying or thinking whose
  /// object is a clause (``ReportingVerbs/takingClause``: "we believe this deal is …"), or a
  /// word that opens a clause telling something (``subjectOpeners``: "this is why the plan
  /// must go"; not "I cannot see why the plan works", "I wonder how the plan could help").
  private func isClauseSubject(_ index: Int, passage: Int?) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var before = index - 1
    while before >= sentence.lowerBound, FunctionWords.nounMarkers.contains(tokens.lower(before)) {
      before -= 1
    }
    guard before >= sentence.lowerBound, passageOfToken[optional: before] == passage else { return true }
    let lower = tokens.lower(before)
    return tokens[before].isPunctuation || ClauseSubjects.breaks.contains(lower) || lower == "and"
      || ReportingVerbs.takingClause.contains(lower) || Self.subjectOpeners.contains(lower) && !isQuestioned(before)
  }

  /// True when a negation or a word of asking stands in the three words before the word at
  /// `index`: "cannot see why", "nobody can explain why", "I wonder how" ask rather than tell
  /// ("I know how" tells).
  private func isQuestioned(_ index: Int) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    return (max(sentence.lowerBound, index - 3)..<index).contains { back in
      let lower = tokens.lower(back)
      return StanceWords.isNegation(lower) || Self.asking.contains(lower)
    }
  }

  /// Words that ask, before a clause opened by "why", "how" or "where".
  private static let asking: Set<String> = WordList.words("wonder wonders wondered ask asks asked unclear nobody")

  /// Words that open a clause telling something, with its subject after them ("this is why
  /// the plan must go", "when the plan fails, we pay"); not "if", "whether" or "unless", whose
  /// clause supposes (``ClauseSubjects/breaks`` hold "because" and "while").
  private static let subjectOpeners: Set<String> = WordList.words("why how when where although though")
}
