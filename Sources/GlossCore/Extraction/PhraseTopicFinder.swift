/// A thing the article names by a common noun rather than by a name of its own: "the bill",
/// "the proposed ban", "Lee's plan" (``PhraseTopicFinder``).
struct PhraseTopic: Sendable {
  /// The ``TopicNouns`` entry of its head ("bill").
  let entry: String
  /// Where the article refers to it, in text order: the head in the headline, and the body's
  /// noun phrases with the head after a determiner or an owner ("the bill", "Lee's plan").
  let references: [TopicReferences.Reference]
  /// How strongly it stands for the article's topic, on the scale of
  /// ``TopicFinder/scores(sources:)``: nothing unless the headline names it and the body comes
  /// back to it (``PhraseTopicFinder/bodyReferences`` times). An article with no topic at all
  /// gives the least score of a topic to ``PhraseTopicFinder/mostDiscussed(_:)`` instead.
  let score: Double
  /// How many of `references` are in the body.
  let bodyCount: Int
  /// The body's words for the decision the headline reports on it ("the vote", "the ruling"),
  /// turned when the decision went against it: a side on the decision is a side on the topic,
  /// by stance words and by what a speaker says of it as a clause's subject, never as a mention
  /// alone (``PhraseTopicFinder/decisions(adopted:)``).
  var decisions: [TopicReferences.Reference] = []

  /// What the topic is called: "the bill", "the sanctions".
  var name: String { "the " + entry }
}

/// Finds the things an article names by a common noun (``TopicNouns``) that may be its topic:
/// a bill, a plan, a deal with no name of its own. A noun inside a name ("Affordable Care Act")
/// is the name's; a noun right after the name of a thing ("the THAAD system") refers to that
/// thing (``TopicReferences``), so its phrase is left to the name.
struct PhraseTopicFinder {
  let document: Document
  let entities: EntityTable

  /// How many references in the body a phrase the headline names needs to be a topic.
  static let bodyReferences = 2

  /// Every phrase the article refers to, in the order of ``TopicNouns/entries``.
  func find() -> [PhraseTopic] {
    let tokens = document.tokens
    // The noun for what the headline says is decided or fought over: one more entry and a
    // measure when no entry names it.
    let measure = HeadlineMeasure(document: document, entities: entities).find()
    let headline = measure?.head
    let headlineEntry = headline.map { TopicNouns.entryOfForm[$0] ?? $0 }
    // The headline's words for what it reports a decision on, and whether it was adopted.
    var outcome = measure.flatMap { found in found.adopted.map { (words: found.words, adopted: $0) } }
    var headlineForms: [String: String] = [:]
    if let headline, let headlineEntry, TopicNouns.entryOfForm[headline] == nil {
      headlineForms = [headline: headlineEntry, TopicNouns.otherForm(headline): headlineEntry]
    }
    // Looked up once per spelling rather than once per token.
    let entryOfSpelling = (0..<tokens.spellingCount).map {
      TopicNouns.entryOfForm[tokens.spelling($0).lower] ?? headlineForms[tokens.spelling($0).lower]
    }
    var references: [String: [TopicReferences.Reference]] = [:]
    var inHeadline = Set<String>()
    var body: [String: Int] = [:]
    var named = Set<String>()
    // "the lanes", "its expansion", "any cap": a noun right after a determiner or an owner,
    // with no other noun before it.
    func standsAlone(_ head: Int) -> Bool {
      head > 0 && (FunctionWords.nounMarkers.contains(tokens.lower(head - 1)) || tokens.lower(head - 1) == "any"
        || tokens[head - 1].kind == .possessive)
    }
    // The headline's noun must stand alone in the body at least once to name a thing ("gun
    // control" never does).
    var headlineNounStandsAlone = false
    for (index, token) in tokens.enumerated() {
      guard let entry = entryOfSpelling[token.spelling], entities.mention(at: index) == nil else { continue }
      guard isHead(index) || isHeadlineVerb(index) else { continue }
      if let before = entities.mention(at: index - 1), entities.entities[before.entity].type == .other {
        named.insert(entry)
        continue
      }
      let block = document.blocks[document.blockOfToken[index]]
      if block.isBoilerplate { continue }
      if block.isHeadline {
        inHeadline.insert(entry)
        if outcome == nil, isHeadlineVerb(index), HeadlineMeasure.decidingBeforeTo.contains(tokens.lower(index - 2)) {
          outcome = (index..<index + 1, true)
        }
        references[entry, default: []].append(TopicReferences.Reference(head: index, phrase: token.span))
      } else if !token.isCapitalized, let start = TopicReferences.phraseStart(tokens, before: index) {
        // "any plan that keeps shops open" is no plan in particular, and "the firm will recall
        // the cars" no recall: a modal or "to" right before makes the noun's spelling a verb.
        if tokens.lower(start) == "any", index + 1 < tokens.count, FunctionWords.relatives.contains(tokens.lower(index + 1)) { continue }
        if Document.modals.contains(tokens.lower(index - 1)) || tokens.lower(index - 1) == "to" { continue }
        body[entry, default: 0] += 1
        if entry == headlineEntry, standsAlone(index) { headlineNounStandsAlone = true }
        references[entry, default: []].append(
          TopicReferences.Reference(head: index, phrase: Span(tokens[start].span.start, token.span.end)))
      }
    }
    if !headlineForms.isEmpty, !headlineNounStandsAlone, let headlineEntry {
      references[headlineEntry] = nil
      body[headlineEntry] = nil
    }
    // Entries that name one thing become one topic, under `lead`: all their references, or
    // those `moves` picks.
    func merge(_ present: [String], into lead: String, moving moves: (TopicReferences.Reference) -> Bool = { _ in true }) {
      for other in present where other != lead {
        let moved = references[other]!.filter(moves)
        references[other]!.removeAll(where: moves)
        references[lead]! += moved
        let movedBody = moved.count { !document.blocks[document.blockOfToken[$0.head]].isHeadline }
        body[lead, default: 0] += movedBody
        body[other, default: 0] -= movedBody
        if references[other]!.isEmpty {
          references[other] = nil
          body[other] = nil
        }
      }
      references[lead]!.sort { $0.head < $1.head }
    }
    // Synonyms are one topic, under the one the headline names (else the one named most).
    for group in TopicNouns.synonyms {
      let present = group.filter { references[$0] != nil && !named.contains($0) }
      guard present.count > 1,
        let lead = present.first(where: inHeadline.contains) ?? present.max(by: { body[$0, default: 0] < body[$1, default: 0] })
      else { continue }
      merge(present, into: lead)
    }
    // "Board Votes to Ban Phones" … "under the policy" … "supported the ban", "Rent Cap
    // Proposal" … "the cap", "Council Approves Bike Lanes" … "voted against the plan": a
    // headline that names one measure and no other means it by any noun for a measure standing
    // alone ("the plan"; "the gym plan" is another).
    let newEntry = headlineForms.isEmpty ? nil : headlineEntry
    let measures = references.keys.filter { (TopicNouns.measures.contains($0) || $0 == newEntry) && !named.contains($0) }
    let headlineMeasures = measures.filter(inHeadline.contains)
    if headlineMeasures.count == 1 { merge(measures, into: headlineMeasures[0]) { standsAlone($0.head) } }
    let entries = TopicNouns.entries + (newEntry.map { [$0] } ?? [])
    // The entries among the headline's words for what it reports decided take the decision
    // ("Upholds Harwick Pipeline Permit": the permit, and the pipeline it is for).
    let decided = Set((outcome?.words ?? 0..<0).compactMap { entryOfSpelling[tokens[$0].spelling] })
    return entries.compactMap { entry in
      guard let found = references[entry], !named.contains(entry) else { return nil }
      let count = body[entry] ?? 0
      let isTopic = inHeadline.contains(entry) && count >= Self.bodyReferences
      let weight = TopicFinder.weight(.other)
      var topic = PhraseTopic(entry: entry, references: found, score: isTopic ? weight * Double(3 + count) : 0, bodyCount: count)
      if decided.contains(entry), let outcome { topic.decisions = decisions(adopted: outcome.adopted) }
      return topic
    }
  }

  /// Nouns for a decision: "the vote", "the ruling".
  private static let decisionNouns: Set<String> = WordList.words("vote decision ruling verdict")

  /// The body's references to the decision the headline reports: a noun of ``decisionNouns``
  /// right after "the", "this" or "that" ("the vote") that heads its phrase (not "the ruling
  /// party", "the vote count"), not before a word that names what else it decided ("the vote on
  /// the school bond", "the decision to leave", "the vote against the tax hike") nor after an
  /// owner, who may be another ("the trial judge's ruling"); turned when the decision went
  /// against the measure (not `adopted`).
  private func decisions(adopted: Bool) -> [TopicReferences.Reference] {
    let tokens = document.tokens
    var found: [TopicReferences.Reference] = []
    for (index, token) in tokens.enumerated() where index > 0 && token.isWord && !token.isCapitalized {
      guard Self.decisionNouns.contains(tokens.lower(index)) else { continue }
      let block = document.blocks[document.blockOfToken[index]]
      guard !block.isHeadline, !block.isBoilerplate, Self.decisionMarkers.contains(tokens.lower(index - 1)), isHead(index),
        index + 1 >= tokens.count || !Self.decisionObjects.contains(tokens.lower(index + 1))
      else { continue }
      found.append(TopicReferences.Reference(head: index, phrase: Span(tokens[index - 1].span.start, token.span.end), turned: !adopted))
    }
    return found
  }

  /// Words before a decision noun that point to one decision already known.
  private static let decisionMarkers: Set<String> = WordList.words("the this that")

  /// Words after a decision noun that name what it decided.
  private static let decisionObjects: Set<String> = WordList.words("of on to for against")

  /// True when the word at `index` is a headline's verb after "to" and another verb ("Board
  /// Votes to Ban Phones", "Council Moved to Cap Rents"; not "Parents Object to Curfew Hours"):
  /// it names the act its noun does.
  private func isHeadlineVerb(_ index: Int) -> Bool {
    guard index > 1, document.tokens.lower(index - 1) == "to", document.blocks[document.blockOfToken[index]].isHeadline else {
      return false
    }
    let before = document.tokens.lower(index - 2)
    return before.hasSuffix("s") || before.hasSuffix("ed")
  }

  /// Words after a noun that end its phrase: clauses and times ("since", "last", "yesterday").
  private static let clauseOrTime: Set<String> = CalendarWords.relativeDays.union(["since", "unless", "last", "next"])

  /// How many references in the body make a phrase the headline does not name the topic of an
  /// article that has no other (``mostDiscussed(_:)``).
  static let discussedReferences = 3

  /// The index in `phrases` of the one the body comes back to most, at least
  /// ``discussedReferences`` times (the first of those as often, in ``TopicNouns/entries``
  /// order): the topic of an article whose headline names none ("Pay for long weeks to rise",
  /// and "the regulation" again and again below it).
  static func mostDiscussed(_ phrases: [PhraseTopic]) -> Int? {
    // `max(by:)` keeps the first of equal ones.
    guard let best = phrases.indices.max(by: { phrases[$0].bodyCount < phrases[$1].bodyCount }),
      phrases[best].bodyCount >= discussedReferences
    else { return nil }
    return best
  }

  /// True when the noun at `index` heads its phrase rather than describes the next noun ("tax"
  /// in "the tax plan", "tax returns"): the phrase ends there, with a function word or "as", a
  /// verb, an adverb, a word opening a clause or a time ("the plan because …", "the plan last
  /// spring") or, in the body, a name after it ("the deal Ruiz signed") or what a verb of naming
  /// calls it ("called the strike illegal"). A headline's verbs are mostly in "-s" ("Bill Splits
  /// Towns"), which the body's nouns take too ("tax returns").
  private func isHead(_ index: Int) -> Bool {
    let tokens = document.tokens
    let next = index + 1
    guard next < tokens.count, tokens[next].isWord, document.blockOfToken[next] == document.blockOfToken[index] else {
      return true
    }
    let lower = tokens.lower(next)
    let inHeadline = document.blocks[document.blockOfToken[index]].isHeadline
    return FunctionWords.isFunctionWord(lower) || lower == "as" || FunctionWords.isMannerAdverb(lower)
      || SpeakerFinder.subordinators.contains(lower) || Self.clauseOrTime.contains(lower) || CalendarWords.all.contains(lower)
      || document.isVerb(next, strict: !inHeadline) || (tokens[next].isCapitalized && !inHeadline)
      || !inHeadline && isNamed(index)
  }

  /// True when a verb of naming stands right before the phrase the noun at `index` ends
  /// ("called the strike illegal"): the word after the noun is what it is called.
  private func isNamed(_ index: Int) -> Bool {
    guard let start = TopicReferences.phraseStart(document.tokens, before: index), start > 0 else { return false }
    return StanceWords.naming.contains(document.tokens.lower(start - 1))
  }
}
