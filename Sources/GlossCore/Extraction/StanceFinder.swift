/// Finds where actors stand on the topic, with the words that show it.
///
/// A stance word ("opposes", "anti-THAAD", "halted", "sped up the roll-out") near a reference
/// to the topic gives its actor a polarity: the owner of a possessive ("its", "the U.S.
/// military’s deployment"), a pronoun right before a verb ("that it opposes"), or the subject
/// of the clause, or the agent of a passive ("was endorsed by X"). Turning words ("halted",
/// "scrapped") outweigh support words in one clause. Inside a quotation a stance word counts
/// only for the quote's own speaker (see ``ownActors(_:at:passage:)``). An actor quoted on the
/// topic with no polar evidence is neutral.
struct StanceFinder {
  let document: Document
  let entities: EntityTable
  let quotes: [QuoteAttributor.Draft]
  /// Resolves pronouns at their own level of quotation.
  let pronouns: PronounResolver
  let topic: StanceTopic
  /// The topic's entity index, nil for a phrase: a topic holds no stance but on its own cause
  /// (``ownCauseEvidence(_:_:)``).
  var topicEntity: Int? { topic.entity }

  /// How far (in tokens) a stance word may stand from a reference to the topic.
  static let reach = 10

  struct Evidence {
    /// What shows the stance: a stance word, the tone of the actor's words, a mention of the
    /// topic in them with neither, or a side shared with staff.
    enum Kind {
      case stanceWord
      case tone
      case mention
      /// The side of the actor the holder serves, or who serves them (``servedEvidence(_:_:)``).
      case service
      /// The topic's own words, or a phrase topic's owner: one stands behind one's own cause
      /// (``ownCauseEvidence(_:_:)``).
      case ownWords
    }

    var actor: Int
    var polarity: Polarity
    var span: Span
    var kind: Kind
  }

  /// Which quoted passage each token stands in.
  var passageOfToken: CompactIndex { pronouns.passageOfToken }

  func find() -> [Stance] {
    let subjects = ClauseSubjects(document: document, entities: entities, pronouns: pronouns, topic: topicEntity)
    let references = TopicReferences(document: document, entities: entities, topic: topic) { pronoun in
      // "his" after a man named in its clause is his own ("Ruiz suspended his campaign"); an
      // object pronoun never stands for the subject of its own clause.
      if document.tokens.lower(pronoun) == "his", namesMan(from: subjects.clauseStart(of: pronoun), to: pronoun) { return false }
      guard let topicEntity else { return false }
      return pronouns.resolve(pronoun, excluding: Set(subjects.subjects(ofClauseAt: pronoun).map(\.entity))) == topicEntity
    }
    let speakers = speakerOfPassage()
    var evidence: [Evidence] = []
    // A phrase topic's decisions ("welcomed the vote") count here for stance words alone, and
    // in quotes for what is said of them (``quotedPolarity(_:_:excluding:)``).
    var decisions: [Int: [TopicReferences.Reference]] = [:]
    if case .phrase(let phrase) = topic {
      for decision in phrase.decisions { decisions[document.sentenceOfToken[decision.head], default: []].append(decision) }
    }
    for sentence in Set(references.bySentence.keys).union(decisions.keys).sorted() {
      let block = document.blocks[document.blockOfToken[document.sentences[sentence].lowerBound]]
      guard !block.isBoilerplate, !block.isHeadline else { continue }
      let sentenceReferences = (references.bySentence[sentence] ?? []).map { references.references[$0] }
      let withDecisions = (sentenceReferences + (decisions[sentence] ?? [])).sorted { $0.head < $1.head }
      evidence += polarEvidence(in: sentence, references: withDecisions, subjects, speakers)
      evidence += constructionEvidence(in: sentence, references: sentenceReferences, subjects, speakers)
    }
    evidence += decidedEvidence(subjects, speakers)
    evidence += quotedPolarity(references, pronouns, excluding: Set(evidence.map(\.actor)))
    evidence += servedEvidence(evidence, subjects)
    evidence += ownCauseEvidence(references, subjects)
    let polar = Set(evidence.map(\.actor))
    evidence += neutralEvidence(references, excluding: polar)
    return stances(from: evidence)
  }

  // MARK: Polar evidence

  private func polarEvidence(
    in sentence: Int, references: [TopicReferences.Reference], _ subjects: ClauseSubjects, _ speakers: [Int: Int?]
  ) -> [Evidence] {
    let tokens = document.tokens
    var found: [(evidence: Evidence, clause: Int, reverse: Bool)] = []
    for index in document.sentences[sentence] {
      let token = tokens[index]
      guard token.isWord, let (cue, reference) = cueAndReference(at: index, references), !isAsked(index),
        !isAlternative(index, polarity: cue.polarity)
      else { continue }
      let isPrefix = cue.prefixed
      var polarity = cue.polarity
      // A negation, a bad object ("dismissed criticism of X") and a turning word over the stance
      // word ("end the sanctions against X") each turn the side around.
      // A gift's negation stands before its verb ("has not given $5 to X"), which its evidence
      // opens on ("directed $2 million to X").
      let giver = tokens.lower(index) == "to" ? moneyGiver(before: index) : nil
      let negated = isNegated(giver ?? index, isStanceVerb: true)
      // "did not attack Lee directly" denies the manner, not the side.
      if negated, index < reference.head, isMannerAfter(reference) { continue }
      let turns = [
        negated, !isPrefix && isTurnedByObject(index, reference), !cue.reverse && isUndone(index), reference.turned,
      ]
      if turns.count(where: { $0 }) % 2 == 1 { polarity = polarity == .support ? .oppose : .support }
      var actors = actors(of: index, subjects)
      if let passage = passageOfToken[optional: index], let speaker = speakers[passage] {
        actors = ownActors(actors, at: index, speaker: speaker)
      }
      for actor in actors {
        var start = min(reference.phrase.start, (giver.map { tokens[$0] } ?? token).span.start)
        if actor.span.start < start, index - actor.tokens.lowerBound <= 15 { start = actor.span.start }
        var end = max(reference.phrase.end, token.span.end)
        if actor.span.end > end, actor.tokens.lowerBound - index <= 3 { end = actor.span.end }
        if isPrefix, index + 1 < tokens.count, tokens[index + 1].isWord { end = tokens[index + 1].span.end }
        found.append(
          (Evidence(actor: actor.entity, polarity: polarity, span: Span(start, end), kind: .stanceWord),
           subjects.clauseStart(of: index), cue.reverse))
      }
    }
    // In one clause, a turning word ("to be halted") outweighs support ("the deployment").
    struct ClauseActor: Hashable {
      let clause: Int
      let actor: Int
    }
    let turned = Set(found.filter(\.reverse).map { ClauseActor(clause: $0.clause, actor: $0.evidence.actor) })
    return found.filter { item in
      item.evidence.polarity != .support || item.reverse
        || !turned.contains(ClauseActor(clause: item.clause, actor: item.evidence.actor))
    }.map(\.evidence)
  }

  /// What a stance word shows.
  typealias Cue = (polarity: Polarity, prefixed: Bool, reverse: Bool)

  /// The stance word at `index` and the reference it bears on: the addressee of a request
  /// (``request(at:in:)``), else the nearest reference the word relates to.
  private func cueAndReference(at index: Int, _ references: [TopicReferences.Reference]) -> (Cue, TopicReferences.Reference)? {
    if let request = request(at: index, in: references) {
      return request.polarity.map { ((polarity: $0, prefixed: false, reverse: false), request.reference) }
    }
    guard let cue = cue(at: index), let reference = nearest(to: index, in: references),
      cue.prefixed ? reference.head == index : relates(index, to: reference, reverse: cue.reverse),
      restrictionCue(at: index) == nil || isDirectObject(reference, of: index)
    else { return nil }
    return (cue, reference)
  }

  /// The side a word that lifts or keeps a restriction topic takes on it: opposition, turning
  /// it, for ``StanceWords/lifting``, support for ``StanceWords/keeping``; nil for any other
  /// word or topic.
  private func restrictionCue(at index: Int) -> Cue? {
    guard topic.isRestriction, document.tokens[index].isWord else { return nil }
    let lower = document.tokens.lower(index)
    if StanceWords.lifting.contains(lower) { return (.oppose, false, true) }
    return StanceWords.keeping.contains(lower) ? (.support, false, false) : nil
  }

  /// True when `reference` opens right after the verb at `index`, as its object, and is not
  /// kept from something ("voted to keep the curfew from expanding"), or stands before it as a
  /// passive's subject ("was imposed by Mayor Lee", which ``relates(_:to:reverse:)`` checks):
  /// "lifted spirits despite the curfew" and "ease the burden of the tariffs" lift no curfew
  /// and no tariffs.
  private func isDirectObject(_ reference: TopicReferences.Reference, of index: Int) -> Bool {
    if reference.head < index { return true }
    let after = document.tokenIndex(atOrAfter: reference.phrase.end)
    return document.tokenIndex(atOrAfter: reference.phrase.start) == index + 1
      && (after >= document.tokens.count || document.tokens.lower(after) != "from")
  }

  /// True when "over" at `index` names what a choice passed over: "voted for Ruiz over Lee",
  /// "chose Ruiz over Lee". A choice verb (or a verb with "for") stands a few words before it
  /// in its clause.
  private func isChoiceOver(_ index: Int) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var back = index - 1
    while back > sentence.lowerBound, index - back <= 6, !tokens[back].isPunctuation {
      let lower = tokens.lower(back)
      if StanceWords.choices.contains(lower) || lower == "for" && StanceWords.forVerbs.contains(tokens.lower(back - 1)) {
        return true
      }
      back -= 1
    }
    return false
  }

  /// The reference whose head is nearest token `index`; `references` are in text order.
  private func nearest(to index: Int, in references: [TopicReferences.Reference]) -> TopicReferences.Reference? {
    let position = references.partitionIndex { $0.head < index }
    let candidates = [position - 1, position].filter { references.indices.contains($0) }.map { references[$0] }
    return candidates.min { abs($0.head - index) < abs($1.head - index) }
  }

  /// The polarity the word at `index` carries, whether it is a prefix inside the word
  /// ("anti-THAAD") and whether it turns something back ("halted"). "for" after a verb that
  /// takes a side with it ("voted for") is support; "with", "at", "from", "after", "of" or "to"
  /// after a word that takes a side with it takes that side (``StanceWords/particleVerbs``:
  /// "sided with", "lashed out at", "critical of"). A restriction is opposed by lifting it and
  /// supported by keeping it (``StanceWords/lifting``, ``StanceWords/keeping``).
  func cue(at index: Int) -> Cue? {
    let token = document.tokens[index]
    if index > 0, token.is(.particle), let polarity = particleCue(at: index) {
      return (polarity, false, false)
    }
    if token.is(.stance), let word = StanceWords.byWord[document.tokens.lower(of: token)] {
      return (word.polarity, false, word.reverse)
    }
    if isStaffCompound(index) { return (.support, false, false) }
    if let restriction = restrictionCue(at: index) { return restriction }
    // Checked on the first letter first: this runs for every word near the topic.
    if token.first == "o" || token.first == "O", document.tokens.lower(of: token) == "over", isChoiceOver(index) {
      return (.oppose, false, false)
    }
    guard token.first == "a" || token.first == "p" || token.first == "A" || token.first == "P" else { return nil }
    let text = document.tokens.text(of: token)
    if StanceWords.opposingPrefixes.contains(where: text.hasPrefix) { return (.oppose, true, false) }
    if StanceWords.supportingPrefixes.contains(where: text.hasPrefix) { return (.support, true, false) }
    return nil
  }

  /// The side taken by the particle at `index` ("for", "with", "at", "from", "after", "of",
  /// "to") with the verb or adjective before it, past one gap word ("lashed out at"); nil when
  /// it takes none.
  private func particleCue(at index: Int) -> Polarity? {
    let tokens = document.tokens
    let lower = tokens.lower(index)
    if lower == "for" {
      let verb = tokens.lower(index - 1)
      guard StanceWords.forVerbs.contains(verb) else { return nil }
      // "called for Lee to resign" asks Lee to turn back (``request(at:in:)``): no call for Lee.
      return StanceWords.requests.contains(verb) && asksToTurnBack(after: index) ? nil : .support
    }
    if lower == "to", moneyGiver(before: index) != nil { return .support }
    guard let verbs = StanceWords.particleVerbs[lower] else { return nil }
    var verb = index - 1
    if verb > 0, StanceWords.particleGaps.contains(tokens.lower(verb)) { verb -= 1 }
    // "took issue with X" takes a side; "discussed the issue with X" does not.
    if ["issue", "issues"].contains(tokens.lower(verb)), verb == 0 || !StanceWords.taking.contains(tokens.lower(verb - 1)) {
      return nil
    }
    return verbs[tokens.lower(verb)]
  }

  /// True when the object after the "for" at `index` is asked to turn back: a name of up to
  /// three words, then "to" and a verb of ending or retreating ("for Lee to resign"; not "for
  /// the act to stay").
  private func asksToTurnBack(after index: Int) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var next = index + 1
    while next < sentence.upperBound, next - index <= 3, tokens[next].isWord, tokens.lower(next) != "to" { next += 1 }
    guard next > index + 1, next + 1 < sentence.upperBound, tokens.lower(next) == "to" else { return false }
    return turnsBack(afterTo: next)
  }

  /// The verb of giving whose money the "to" at `index` sends to who follows: "gave $5 million
  /// to X", "has sent $250,000 since June to X" (a sum in dollars between them, not "gave back
  /// $5 to X"); nil when none.
  func moneyGiver(before index: Int) -> Int? {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var back = index - 1
    var money = false
    while back > sentence.lowerBound, index - back <= 9, !tokens[back].isPunctuation || tokens.text(back) == "$" {
      let lower = tokens.lower(back)
      if lower == "back" { return nil }
      if lower.hasPrefix("$") || lower == "dollars" { money = true }
      if StanceWords.givingMoney.contains(lower) { return money ? back : nil }
      back -= 1
    }
    return nil
  }

  /// True when a person who may be a man (not known to be a woman) is named between tokens
  /// `start` and `end`.
  private func namesMan(from start: Int, to end: Int) -> Bool {
    (start..<end).contains { index in
      guard let mention = entities.mention(at: index) else { return false }
      let entity = entities.entities[mention.entity]
      return entity.type == .person && PersonSex.of(entity) != .female
    }
  }

  // MARK: Neutral evidence

  /// Actors quoted on the topic without polar evidence: the quoted sentence naming the topic.
  /// Not on a place or an organisation: whoever is asked about a candidate, a proposal or a
  /// weapon and answers takes part in the question even without a side, while words that name
  /// a place or an organisation ("a long day in Ohio", "the FBI's new office") are about
  /// something else. On PolNeAR's annotated train articles none of twelve such neutral
  /// stances was right; the annotation had a side on another topic for eleven.
  private func neutralEvidence(_ references: TopicReferences, excluding polar: Set<Int>) -> [Evidence] {
    if let topicEntity, [.place, .organization].contains(entities.entities[topicEntity].type) { return [] }
    var found: [Evidence] = []
    for quote in quotes where quote.kind != .block {
      guard let actor = quote.speaker?.entity, !polar.contains(actor), isQuotedActor(actor) else { continue }
      let content = quote.passage.content
      let all = references.references
      let position = all.partitionIndex { $0.phrase.end <= content.start }
      guard let reference = all[position..<min(all.count, position + 2)].first(where: { content.contains($0.phrase) }) else {
        continue
      }
      let sentence = document.sentences[document.sentenceOfToken[reference.head]]
      let start = max(content.start, document.tokens[sentence.lowerBound].span.start)
      let end = min(content.end, document.tokens[sentence.upperBound - 1].span.end)
      found.append(Evidence(actor: actor, polarity: .neutral, span: Span(start, end), kind: .mention))
    }
    return found
  }

  /// True when a quote's speaker can hold a stance: not the topic, not an outlet, not a thing.
  func isQuotedActor(_ actor: Int) -> Bool {
    actor != topicEntity && entities.entities[actor].type != .other && entities.sourceTypes[actor] == nil
      && !ClauseSubjects.isMemberWord(entities.entities[actor])
  }

  // MARK: Summing up

  private func stances(from evidence: [Evidence]) -> [Stance] {
    var order: [Int] = []
    var byActor: [Int: [Evidence]] = [:]
    for item in evidence.sorted(by: { $0.span < $1.span }) {
      if byActor[item.actor] == nil { order.append(item.actor) }
      byActor[item.actor, default: []].append(item)
    }
    let target = topic.name(in: entities)
    return order.map { actor in
      let items = byActor[actor]!
      let polarities = Set(items.map(\.polarity)).subtracting([.neutral])
      let polarity: Polarity = polarities.count > 1 ? .mixed : polarities.first ?? .neutral
      var spans: [Span] = []
      for span in items.map(\.span) where !spans.contains(span) { spans.append(span) }
      let entity = entities.entities[actor]
      return Stance(
        actor: entity.id, name: entity.name, target: target, polarity: polarity, evidence: spans,
        confidence: Self.confidence(of: items))
    }
  }

  /// High with a stance word among the evidence, medium with two sentences of agreeing tone,
  /// else low.
  static func confidence(of evidence: [Evidence]) -> StanceConfidence {
    if evidence.contains(where: { $0.kind == .stanceWord }) { return .high }
    return evidence.count(where: { $0.kind == .tone }) >= 2 ? .medium : .low
  }
}
