/// Two ways of taking a side that no single stance word shows: the topic receiving a side from
/// someone ("Lee won the backing of Gov. Ruiz", "Lee drew criticism from Ruiz") and someone
/// naming the topic by what they think of it ("Ruiz called Lee a liar", "branded the plan a
/// disaster").
extension StanceFinder {
  /// The evidence of both constructions in `sentence`, whose references to the topic are
  /// `references`; `speakers` gives each quoted passage's speaker, whose own words alone show
  /// their side.
  func constructionEvidence(
    in sentence: Int, references: [TopicReferences.Reference], _ subjects: ClauseSubjects, _ speakers: [Int: Int?]
  ) -> [Evidence] {
    var found: [Evidence] = []
    for index in document.sentences[sentence] where document.tokens[index].is(.sideConstruction) {
      if let received = received(at: index, references, subjects) {
        found.append(received)
      } else if let (polarity, span) = naming(at: index, references) {
        var actors = actors(of: index, subjects)
        if let passage = passageOfToken[optional: index], let speaker = speakers[passage] {
          actors = ownActors(actors, at: index, speaker: speaker)
        }
        // The evidence opens on the actor when they stand shortly before the verb.
        found += actors.map { actor in
          let start = actor.tokens.lowerBound < index && index - actor.tokens.lowerBound <= 15 ? actor.span.start : span.start
          return Evidence(actor: actor.entity, polarity: polarity, span: Span(start, span.end), kind: .stanceWord)
        }
      }
    }
    return found
  }

  /// A side the topic receives: a noun of support or opposition at `index`
  /// (``StanceWords/receivedSides``) after a verb of receiving (``StanceWords/receiving``)
  /// whose subject is a reference to the topic, with its holder named after "of" or "from",
  /// past an article and titles, and past a place that describes them ("of Ohio's Gov. Roe").
  /// A negation before the verb turns it ("did not win the backing of").
  private func received(at index: Int, _ references: [TopicReferences.Reference], _ subjects: ClauseSubjects) -> Evidence? {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    guard var polarity = StanceWords.receivedSides[tokens.lower(index)], index + 2 < sentence.upperBound,
      ["of", "from"].contains(tokens.lower(index + 1))
    else { return nil }
    guard var holder = mention(past: index + 2, in: sentence) else { return nil }
    // "the backing of Ohio's Gov. Jane Roe": the person the place describes.
    if entities.entities[holder.entity].type == .place {
      var next = holder.tokens.upperBound
      while next < sentence.upperBound - 1, tokens[next].kind == .possessive || tokens[next].is(.title) { next += 1 }
      if let person = entities.mention(at: next), entities.entities[person.entity].type == .person { holder = person }
    }
    guard holder.entity != topicEntity, subjects.isActor(holder.entity) else { return nil }
    // The verb of receiving, past an article and adjectives: "drew sharp criticism from".
    var verb = index - 1
    while verb > sentence.lowerBound, index - verb <= 3, tokens[verb].isWord, !StanceWords.receiving.contains(tokens.lower(verb)) {
      verb -= 1
    }
    guard verb >= sentence.lowerBound, StanceWords.receiving.contains(tokens.lower(verb)),
      let reference = references.last(where: { reference in
        let end = document.tokenIndex(atOrAfter: reference.phrase.end)
        return reference.head < verb && end <= verb && verb - end <= 3 && (end..<verb).allSatisfy { tokens[$0].isWord }
      })
    else { return nil }
    if isNegated(verb, isStanceVerb: true) { polarity = polarity == .support ? .oppose : .support }
    return Evidence(actor: holder.entity, polarity: polarity, span: Span(reference.phrase.start, holder.span.end), kind: .stanceWord)
  }

  /// A side shown by naming the topic: a verb of naming at `index` (``StanceWords/naming``)
  /// right before a reference to the topic, then up to five words of the same clause whose
  /// valences (``PolarityWords``) sum to a side ("called Lee a liar", "branded the plan a
  /// disaster", "called the plan not worth the paper"). The side and the words that show it.
  private func naming(at index: Int, _ references: [TopicReferences.Reference]) -> (Polarity, Span)? {
    let tokens = document.tokens
    guard StanceWords.naming.contains(tokens.lower(index)),
      let reference = references.first(where: { document.tokenIndex(atOrAfter: $0.phrase.start) == index + 1 })
    else { return nil }
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var score = 0.0
    var end = document.tokenIndex(atOrAfter: reference.phrase.end)
    // What the topic is called opens right after it, in quotation marks or not ("called Lee
    // “a liar”"); a preposition or an adverb there says when or how the verb was done instead
    // ("called Lee on Tuesday", "called Lee shortly after the vote": telephoned).
    // "called Lee's public feud unusual" names the feud, not Lee.
    guard end < sentence.upperBound, tokens[end - 1].kind != .possessive, tokens[end].kind != .possessive else { return nil }
    while end < sentence.upperBound, document.isQuotationMark(end) { end += 1 }
    guard end < sentence.upperBound, tokens[end].isWord, !tokens[end].is(.preposition), !isHowOrWhen(end) else { return nil }
    let start = end
    // What the name is ends before an infinitive: "called Lee too timid to support the plan".
    while end < sentence.upperBound, end - start < 5, tokens[end].isWord || document.isQuotationMark(end),
      !ClauseSubjects.breaks.contains(tokens.lower(end)), tokens.lower(end) != "to"
    {
      if tokens[end].isWord, let worth = valence(at: end) { score += isNegated(end) ? -worth : worth }
      end += 1
    }
    // "called it a relief that the ban exempts farms", "called it unclear who wrote it": an
    // "it" that a clause after the name stands for.
    if tokens.lower(reference.head) == "it",
      (start...min(end, sentence.upperBound - 1)).contains(where: { Self.clauseAfterIt.contains(tokens.lower($0)) })
    {
      return nil
    }
    guard abs(score) >= PolarityWords.threshold, end > start else { return nil }
    return (score > 0 ? .support : .oppose, Span(tokens[index].span.start, tokens[end - 1].span.end))
  }

  /// True when the word at `index`, right after the named object, says how or when the verb was
  /// done, not what the object is called: an adverb in "-ly" with no polar word in it or the two
  /// after it ("called Lee shortly after"; not "called Lee silly and reckless", "called Lee truly
  /// dangerous"), or a word of ``afterVerb`` ("called Lee back", "called Lee again").
  private func isHowOrWhen(_ index: Int) -> Bool {
    let tokens = document.tokens
    let lower = tokens.lower(index)
    if Self.afterVerb.contains(lower) { return true }
    guard FunctionWords.isMannerAdverb(lower) else { return false }
    return (index..<min(tokens.count, index + 3)).allSatisfy { valence(at: $0) == nil }
  }

  /// Words that open the clause an "it" before them stands for ("called it a shame that …").
  private static let clauseAfterIt: Set<String> = WordList.words("that to who whether how what when why if")

  /// Words after a verb's object that carry on the verb, not a name for the object: particles,
  /// "to", and words of time and number.
  private static let afterVerb: Set<String> = WordList.words("back up out again twice to yesterday today tonight")
}
