/// Finds reported speech without quotation marks: "X said (that) …", "X told CNN that …",
/// "according to X, …", "…, according to X", and "…, some say, …". The quote is the reported
/// clause; its speaker is the subject of the reporting verb or the phrase after "according to".
struct IndirectQuoteFinder {
  let document: Document
  let entities: EntityTable
  let context: QuoteContext
  let finder: SpeakerFinder
  /// Spans of reporting verbs that direct quotes already use.
  let usedCues: Set<Span>

  /// Words that may open a reported clause when "that" is left out ("says some crops …").
  static let clauseOpeners: Set<String> = WordList.words(
    """
    the a an this that these those some many most all no his her its their our there it he she
    they we i you one two several few
    """)

  /// Verbs of opinion, inference or feeling: they report speech only when someone named holds
  /// the view.
  static let opinionVerbs: Set<String> = WordList.words(
    """
    suggest suggests suggested believe believes believed estimate estimates estimated think thinks
    thought know knows knew fear fears feared expect expects expected hope hopes hoped worry worries
    worried realize realizes realized understand understands understood feel feels felt doubt doubts
    doubted
    """)

  /// Every statement of reported speech in the article, in text order. A sentence's statements
  /// do not depend on another's: with more than one of `workers`, runs of sentences side by side.
  func find(workers: Int = 1) -> [QuoteAttributor.Draft] {
    OrderedWork.joinedRuns(count: document.sentences.count, workers: workers) { find(inSentences: $0) }
  }

  /// The reported speech of the sentences `range` (indexes in `document.sentences`).
  private func find(inSentences range: Range<Int>) -> [QuoteAttributor.Draft] {
    var found: [QuoteAttributor.Draft] = []
    for sentence in document.sentences[range] {
      let block = document.blocks[document.blockOfToken[sentence.lowerBound]]
      if block.isHeadline, sentence.lowerBound == block.tokens.lowerBound, let claim = headlineClaim(block.tokens) {
        found.append(claim)
      }
      guard !block.isHeadline, !block.isBoilerplate, !block.isTitleCase else { continue }
      indirect(in: sentence, into: &found)
    }
    return found
  }

  /// "Ruiz: Bridge Will Open in May", "Poll: Lee Leads in Ohio": a headline that gives a claim
  /// after the one who makes it and a colon. The one must be named (a person or a body) or be a
  /// noun that speaks (a poll, a report); rubrics ("The Latest:", "Analysis:") name no one.
  private func headlineClaim(_ headline: Range<Int>) -> QuoteAttributor.Draft? {
    let tokens = document.tokens
    guard let colon = headline.prefix(7).first(where: { tokens.text($0) == ":" }), colon > headline.lowerBound,
      context.passageOfToken[optional: colon + 1] == nil || tokens[colon + 1].isPunctuation
    else { return nil }
    let phrase = Array(headline.lowerBound..<colon)
    guard phrase.allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .possessive || tokens.text($0) == "." }),
      let speaker = finder.phraseSpeaker(phrase, cue: tokens[colon].span), isSpeaker(speaker)
    else { return nil }
    return draft(from: colon + 1, to: headline.upperBound, speaker: speaker, number: -(colon + 1))
  }

  /// Appends the reported speech of `sentence` to `found`, for each of its reporting verbs:
  /// "…, Reed said, and Cole said the plan was dead" and "Reed said Cole thinks it is dead" are
  /// two statements each. Two verbs that report the same words make one statement, the
  /// speaker named by name before one by a pronoun or a phrase, else the first verb's: "The
  /// board responded on Sunday with a notice saying that …" is the board’s.
  private func indirect(in sentence: Range<Int>, into found: inout [QuoteAttributor.Draft]) {
    let tokens = document.tokens
    /// Where in `found` the statement of each reported span is.
    var statementOfWords: [Span: Int] = [:]
    for index in sentence.prefix(QuoteContext.reach) where context.passageOfToken[optional: index] == nil && tokens[index].isWord {
      // Numbered by the verb's token: unique in the article, and apart from the marked passages.
      let number = -(index + 1)
      var draft: QuoteAttributor.Draft?
      if tokens.lower(index) == "according", index + 1 < sentence.upperBound, tokens.lower(index + 1) == "to" {
        draft = according(at: index, in: sentence, number: number)
      } else if tokens[index].is(.indirectCue), !tokens[index].isCapitalized, !usedCues.contains(tokens[index].span) {
        if index > sentence.lowerBound, isNounAfterOwner(index) {
          draft = ownedStatement(at: index, in: sentence, number: number)
        } else if !["state", "states"].contains(tokens.lower(index)) || finder.readsAsVerb(index) {
          draft = reported(at: index, in: sentence, number: number)
        }
      }
      guard let draft else { continue }
      if let earlier = statementOfWords[draft.passage.content] {
        if isNamedByCue(draft), !isNamedByCue(found[earlier]) { found[earlier] = draft }
      } else {
        statementOfWords[draft.passage.content] = found.count
        found.append(draft)
      }
    }
  }

  /// Verbs whose subject makes the statement a noun after them names ("made the point that",
  /// "issued a warning that", "repeated the claim that").
  static let lightVerbs: Set<String> = WordList.words(
    """
    make makes made making issue issues issued issuing repeat repeats repeated repeating reiterate
    reiterates reiterated reiterating
    """)

  /// True when the reporting word at `index` is a noun: after an article or a possessive
  /// pronoun ("the claim", "his promise"; not "that", which may open a clause: "a report that
  /// said"), or after a name's "'s" unless it is a past form ("Lee's claim"; "Lee's said" is
  /// "Lee has said").
  private func isNounAfterOwner(_ index: Int) -> Bool {
    let tokens = document.tokens
    if ["the", "a", "an"].contains(tokens.lower(index - 1)) {
      // "made the point that …", "issued a warning that …": the subject says it.
      return index - 2 < 0 || !Self.lightVerbs.contains(tokens.lower(index - 2))
    }
    if ["his", "her", "its", "their", "our", "my", "your"].contains(tokens.lower(index - 1)) { return true }
    let lower = tokens.lower(index)
    return tokens[index - 1].kind == .possessive && entities.mention(at: index - 2) != nil && !lower.hasSuffix("ed")
      && !["said", "told", "thought", "knew", "felt", "found", "wrote", "shown", "written"].contains(lower)
  }

  /// "Lee's claim that …", "his promise that …": a reporting word after an owner is a noun, and
  /// the clause after "that" gives the owner's words, whoever the sentence's subject is ("Ruiz
  /// checked Lee's claim that …" is Lee's claim). After an article it is no one's ("critics
  /// rejected the claim that …"), and a "that" opening a relative clause ("the claim that was
  /// made") reports nothing.
  private func ownedStatement(at noun: Int, in sentence: Range<Int>, number: Int) -> QuoteAttributor.Draft? {
    let tokens = document.tokens
    let start = noun + 2
    guard start < sentence.upperBound, tokens.lower(noun + 1) == "that", tokens[start].isWord || tokens[start].kind == .number,
      !document.isVerb(start, strict: true), !FunctionWords.relatives.contains(tokens.lower(start))
    else { return nil }
    let cue = tokens[noun].span
    let speaker: FoundSpeaker?
    if tokens[noun - 1].kind == .possessive, let mention = entities.mention(at: noun - 2) {
      speaker = finder.phraseSpeaker(Array(mention.tokens), cue: cue)
    } else if ["his", "her", "their"].contains(tokens.lower(noun - 1)) {
      speaker = finder.pronounSpeaker(noun - 1, cue: cue)
    } else {
      return nil
    }
    guard let speaker, speaker.entity != nil, isSpeaker(speaker) else { return nil }
    return draft(from: start, to: nextStatement(after: start, in: sentence) ?? sentence.upperBound, speaker: speaker, number: number)
  }

  /// "X said (that) …" and "X told CNN that …".
  private func reported(at verb: Int, in sentence: Range<Int>, number: Int) -> QuoteAttributor.Draft? {
    let tokens = document.tokens
    // "asked for an autograph": a request for a thing reports no words.
    if ["ask", "asks", "asked"].contains(tokens.lower(verb)), verb + 1 < sentence.upperBound, tokens.lower(verb + 1) == "for" {
      return nil
    }
    // "…, said Ann Cole." and "…, officials said Tuesday.": a verb right after a comma, or one
    // with no clause after it, reports the words before it.
    if verb > sentence.lowerBound, let draft = trailing(at: verb, in: sentence, number: number, unlessClauseAfter: true) {
      return draft
    }
    // The clause opens after the verb and the day it names ("said Sunday that", "said late
    // Tuesday he would").
    let opening = end(ofTimeFrom: verb + 1, in: sentence)
    var start = opening
    // "that" may come after the person told, a particle, a phrase of time or place or "only":
    // "told CNN that", "points out that", "said on Friday that", "said only that"; not after an
    // object ("announced the locations that would …").
    let mayLookAhead =
      ["told", "tell", "tells", "ask", "asks", "asked", "warn", "warns", "warned", "assured", "reminded"].contains(tokens.lower(verb))
      || (start < sentence.upperBound
        && (tokens.lower(start) == "out" || FunctionWords.prepositions.contains(tokens.lower(start))
          || Self.adverbsOfTime.contains(tokens.lower(start)) || FunctionWords.isMannerAdverb(tokens.lower(start))
          || tokens.lower(start) == "only" && start + 1 < sentence.upperBound && tokens.lower(start + 1) == "that"))
    // "told reporters he would …": the clause may open with its subject instead of "that"; "said
    // quietly that …": an adverb of manner opens no clause, and "that" may follow it. A subject
    // pronoun right after the verb opens the clause ("warned they could …"), but "it" after
    // "told" or "asked" may be the one told or asked ("asked it to leave").
    let mayTellIt = ["told", "tell", "tells", "ask", "asks", "asked"].contains(tokens.lower(verb))
    while mayLookAhead, start < sentence.upperBound, start - verb <= 10, !["that", "whether", "if"].contains(tokens.lower(start)),
      !tokens[start].isPunctuation,
      !Self.subjectPronouns.contains(tokens.lower(start)) || mayTellIt && start == opening && tokens.lower(start) == "it"
    {
      start += 1
    }
    let hasThat = start < sentence.upperBound && ["that", "whether", "if"].contains(tokens.lower(start))
    if hasThat, isOthersStatement(before: start, from: opening) { return nil }
    if hasThat {
      // "said that was a mistake": a "that" before a verb is the clause's subject.
      if !isDemonstrative(start, in: sentence) { start += 1 }
      // "argued that, while …": the comma after "that" is no part of the clause.
      if start < sentence.upperBound, tokens.text(start) == "," { start += 1 }
    } else if mayLookAhead, start > opening, start < sentence.upperBound, Self.subjectPronouns.contains(tokens.lower(start)) {
      // The clause starts at its subject.
    } else if ["say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought"].contains(tokens.lower(verb)),
      opening < sentence.upperBound, opensClause(opening)
    {
      start = opening
    } else if opening < sentence.upperBound, Self.subjectPronouns.contains(tokens.lower(opening)) {
      // "argued he would", "warned they could": a clause opened by its subject.
      start = opening
    } else if start == opening, opensClauseWithSubject(after: opening - 1, in: sentence) {
      // "reported the ferry had sunk", "confirmed Tom Reed would run": a noun phrase, then its verb.
      start = opening
    } else {
      return trailing(at: verb, in: sentence, number: number)
    }
    guard start < sentence.upperBound else { return nil }
    // The subject runs back to a clause break or another reporting verb, not one of a relative
    // clause before a verb that is no participle or follows a comma ("Ana Lind, who wrote the
    // bill, said"; "critics, who cited remarks Lee made saying" are Lee's); a cue word right
    // before the verb is the subject's noun ("A news report said"), and a participle dated right
    // before it describes the subject ("a poll released Saturday found").
    let pastRelativeClause = !tokens.lower(verb).hasSuffix("ing") || verb > sentence.lowerBound && tokens.text(verb - 1) == ","
    var first = verb
    while first > sentence.lowerBound, verb - first < QuoteContext.reach, context.passageOfToken[optional: first - 1] == nil,
      !FunctionWords.clauseBreaks.contains(tokens.lower(first - 1)),
      first == verb || !finder.isCue(first - 1, in: []) || pastRelativeClause && isSubjectRelativeVerb(first - 1)
        || first + 1 == verb && CalendarWords.days.contains(tokens.lower(first))
    {
      first -= 1
    }
    let cue = tokens[verb].span
    let lower = tokens.lower(verb)
    let strong = ReportingVerbs.strong.contains(lower) || (hasThat && !Self.opinionVerbs.contains(lower))
    // The subject a participle shares, else the words right before the verb.
    let regions = participleSubject(at: verb, clauseStart: first, in: sentence).map { [$0, first..<verb] }
      ?? mainSubject(ofParticiple: verb, clauseStart: first, in: sentence).map { [$0] }
      ?? [joinedSubject(at: verb, in: sentence) ?? first..<verb]
    let found = regions.lazy.compactMap { region in
      self.finder.subject(self.withoutDate(region.filter { self.context.passageOfToken[optional: $0] == nil }), strongCue: strong, cue: cue)
    }.first
    guard let speaker = found, isSpeaker(speaker) else { return nil }
    return draft(from: start, to: nextStatement(after: start, in: sentence) ?? sentence.upperBound, speaker: speaker, number: number)
  }

  /// True when the word at `index` stands in a relative clause on its subject, "who" at most
  /// three words before it with no name or determiner between ("Ana Lind, who wrote the bill,
  /// said", "who helped found the group"; not "the memo, which Ana Lind wrote, said", whose
  /// subject is the memo).
  private func isSubjectRelativeVerb(_ index: Int) -> Bool {
    let tokens = document.tokens
    guard let who = (max(0, index - 3)..<index).last(where: { tokens.lower($0) == "who" }) else { return false }
    return !(who + 1..<index).contains { tokens[$0].isCapitalized || tokens[$0].is(.determiner) || !tokens[$0].isWord }
  }

  /// Where the clause reported from `start` gives way to another statement of its sentence: at
  /// ", and", ", but", ", while" or ";" before a reporting verb of its own with "that", within six
  /// words ("Lee said the plan was late, and critics warned that …").
  private func nextStatement(after start: Int, in sentence: Range<Int>) -> Int? {
    let tokens = document.tokens
    for index in start..<max(start, sentence.upperBound - 2) where context.passageOfToken[optional: index] == nil {
      let text = tokens.text(index)
      guard text == ";" || text == "," && ["and", "but", "while"].contains(tokens.lower(index + 1)) else { continue }
      let from = text == ";" ? index + 1 : index + 2
      // ", and that …" goes on with the same statement.
      guard tokens.lower(from) != "that" else { continue }
      let verb = (from..<min(sentence.upperBound - 1, from + 6)).first { at in
        tokens[at].is(.indirectCue) && !tokens[at].isCapitalized && tokens.lower(at + 1) == "that" && finder.readsAsVerb(at)
          && hasClause(after: at, in: sentence)
      }
      if verb != nil { return index }
    }
    return nil
  }

  /// "later", "earlier": words of time between a reporting verb and its "that".
  static let adverbsOfTime: Set<String> = WordList.words("earlier later yesterday today tomorrow recently previously again also")

  /// Pronouns that open a reported clause after any reporting verb ("argued he would").
  static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "there"]

  /// "The plan is dead, Reed said on Friday.", "The plan is dead, said Reed." and "The plan,
  /// Reed added, was dead.": the reported clause stands before its speaker, who is set off by
  /// a comma and followed by no more than a short phrase of time or place. With
  /// `unlessClauseAfter`, the verb must have no clause after it (``hasClause(after:in:)``: "…,
  /// said the mayor had failed" reports what follows), asked last as it costs the most.
  private func trailing(
    at verb: Int, in sentence: Range<Int>, number: Int, unlessClauseAfter: Bool = false
  ) -> QuoteAttributor.Draft? {
    let tokens = document.tokens
    // "…, the Tarrow Courier reported.": a weak verb reports the clause before it only for a
    // speaker named by an entity or a noun for one (``isNamedSpeaker(_:)``). A participle ("…,
    // saying they could not") opens a clause of its own and reports nothing before it.
    let strong = ReportingVerbs.strong.contains(tokens.lower(verb))
    guard strong || ReportingVerbs.weak.contains(tokens.lower(verb)), !tokens.lower(verb).hasSuffix("ing") else { return nil }
    // "Ruiz, the historian who reported the find, …": a verb of a relative clause reports nothing.
    if verb > sentence.lowerBound, FunctionWords.relatives.contains(tokens.lower(verb - 1)) { return nil }
    var comma = verb - 1
    while comma > sentence.lowerBound, verb - comma <= 7, tokens.text(comma) != ",", tokens[comma].isWord { comma -= 1 }
    // "No one was hurt, but homeowners reported damage.": a clause joined by a conjunction is
    // no speaker set off after the words ("…, or so Tom Varek said." is).
    let joined = finder.isConjunction(comma + 1) && tokens.lower(comma + 2) != "so"
    guard comma > sentence.lowerBound, tokens.text(comma) == ",", comma - sentence.lowerBound >= 2,
      !joined, !unlessClauseAfter || !hasClause(after: verb, in: sentence)
    else { return nil }
    var end = verb + 1
    while end < sentence.upperBound, tokens[end].isWord || tokens[end].kind == .number, end - verb <= 6 { end += 1 }
    let endsSentence = end >= sentence.upperBound || [".", "!", "?"].contains(tokens.text(end))
    guard endsSentence || tokens.text(end) == "," else { return nil }
    let cue = tokens[verb].span
    var clauseEnd = comma
    // "…, regular, pledged delegates.": a participle before a bare plural in lower case, with no
    // name after it, describes the noun ("…, added costs"); "…, said officials" speaks.
    let after = verb + 1..<end
    if comma + 1 == verb, tokens.lower(verb).hasSuffix("ed"), let first = after.first, tokens[first].isWord,
      !tokens[first].isCapitalized, !FunctionWords.nounMarkers.contains(tokens.lower(first)),
      !CommonWords.determiners.contains(tokens.lower(first)), !after.contains(where: { tokens[$0].isCapitalized })
    {
      return nil
    }
    var found =
      comma + 1 == verb
      ? finder.phraseSpeaker(Array(after), cue: cue, isSubject: true)
      : finder.subject(Array(comma + 1..<verb), strongCue: true, cue: cue)
    // "…, a spokeswoman, Ana Lind, said on Friday": no subject after the verb, so the name set
    // off by the commas before it.
    if found == nil, comma + 1 == verb, let name = nameBefore(comma, in: sentence) {
      found = finder.subject(Array(name), strongCue: true, cue: cue)
      clauseEnd = name.lowerBound - 1
    }
    guard let speaker = found, isSpeaker(speaker), strong || isNamedSpeaker(speaker) else { return nil }
    return draft(from: sentence.lowerBound, to: endsSentence ? clauseEnd : sentence.upperBound, speaker: speaker, number: number)
  }

  /// True when "that" opens a clause after `verb` ("warned that the cost would rise", "wrote
  /// that voters, …"; not "said that morning"), or a verb follows it within its clause (up to a
  /// comma, a relative word or the sentence's end, at most seven words): "said the plan had
  /// failed"; not "said Tuesday", "said Ann Cole" or "said a spokesman who declined to comment".
  private func hasClause(after verb: Int, in sentence: Range<Int>) -> Bool {
    let tokens = document.tokens
    if verb + 2 < sentence.upperBound, tokens.lower(verb + 1) == "that", tokens[verb + 2].isWord || tokens[verb + 2].kind == .number {
      return !CalendarWords.timeNouns.contains(tokens.lower(verb + 2)) && !CalendarWords.all.contains(tokens.lower(verb + 2))
    }
    var index = verb + 1
    while index < sentence.upperBound, index <= verb + 7, tokens[index].isWord || tokens[index].kind == .number,
      !FunctionWords.relatives.contains(tokens.lower(index))
    {
      if document.isVerb(index, strict: true) { return true }
      index += 1
    }
    return false
  }

  /// The words between the comma before `comma` (at most six words back) and `comma`, when they
  /// hold a name.
  private func nameBefore(_ comma: Int, in sentence: Range<Int>) -> Range<Int>? {
    let tokens = document.tokens
    var start = comma - 1
    while start > sentence.lowerBound, comma - start <= 6, tokens[start].isWord { start -= 1 }
    guard start > sentence.lowerBound, tokens.text(start) == ",", start + 1 < comma,
      (start + 1..<comma).contains(where: { tokens[$0].isCapitalized })
    else { return nil }
    return start + 1..<comma
  }

  /// True when the words after `verb` open a clause with a subject and no "that": a determiner,
  /// a name or a number, then a verb within five words before any punctuation or conjunction,
  /// not right after a determiner ("reported the ferry had sunk", not "announced the proposed
  /// route" or "denied the claims and said").
  private func opensClauseWithSubject(after verb: Int, in sentence: Range<Int>) -> Bool {
    let tokens = document.tokens
    let first = verb + 1
    guard first < sentence.upperBound,
      tokens[first].kind == .number || tokens[first].isCapitalized || CommonWords.determiners.contains(tokens.lower(first))
    else { return false }
    var index = first + 1
    while index < sentence.upperBound, index <= first + 5, tokens[index].isWord,
      !FunctionWords.conjunctions.contains(tokens.lower(index)), !FunctionWords.prepositions.contains(tokens.lower(index))
    {
      if document.isLowerCaseVerb(index),
        !CommonWords.determiners.contains(tokens.lower(index - 1))
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// True when the word after "said" can open the reported clause: not a preposition or a
  /// word of time ("said on Friday", "said yesterday").
  private func opensClause(_ index: Int) -> Bool {
    let token = document.tokens[index]
    // "says 3,000 people voted": a number opens the clause as its subject.
    if token.kind == .number { return true }
    guard token.isWord else { return false }
    let lower = document.tokens.lower(index)
    if Self.clauseOpeners.contains(lower) || token.isCapitalized { return true }
    return !FunctionWords.prepositions.contains(lower) && !CalendarWords.all.contains(lower)
      && !Self.adverbsOfTime.contains(lower) && !["last", "this", "so", "as", "and", "but", "to"].contains(lower)
      && !FunctionWords.isMannerAdverb(lower)
  }

  /// "according to X, …" and "…, according to X".
  private func according(at index: Int, in sentence: Range<Int>, number: Int) -> QuoteAttributor.Draft? {
    let tokens = document.tokens
    let cue = Span(tokens[index].span.start, tokens[index + 1].span.end)
    let rest = Array(index + 2..<sentence.upperBound)
    // "according to the latest figures": whatever short phrase follows is the source, a noun for
    // data as much as one for a person or a text; so is any name, a thing's too ("according to
    // the Tarrow Index").
    guard let speaker = finder.phraseSpeaker(rest, cue: cue) ?? finder.phraseSpeaker(rest, cue: cue, isSubject: true),
      speaker.entity != nil || isSpeaker(speaker)
    else { return nil }
    if index > sentence.lowerBound, tokens.text(index - 1) == "," {
      return draft(from: sentence.lowerBound, to: index - 1, speaker: speaker, number: number)
    }
    // "Reed leads by 40 votes according to a count by the Herald": after a clause of its own, the
    // phrase reports that clause, comma or none; not after a word that opens the next clause
    // ("said that according to …").
    if index - sentence.lowerBound >= 4, tokens[index - 1].isWord, !FunctionWords.isFunctionWord(tokens.lower(index - 1)),
      !FunctionWords.relatives.contains(tokens.lower(index - 1))
    {
      return draft(from: sentence.lowerBound, to: index, speaker: speaker, number: number)
    }
    // The clause follows the phrase, after a comma or without one ("According to the
    // ministry over 345 pilgrims have died").
    var after = rest.first { tokens[$0].span.start >= speaker.span.end } ?? sentence.upperBound
    if speaker.entity == nil, let comma = rest.first(where: { tokens.text($0) == "," }) { after = comma }
    if after < sentence.upperBound, tokens.text(after) == "," { after += 1 }
    return draft(from: after, to: sentence.upperBound, speaker: speaker, number: number)
  }

  /// True when the reporting verb of `draft` names its speaker, a person or a body, by name.
  private func isNamedByCue(_ draft: QuoteAttributor.Draft) -> Bool {
    draft.speaker?.ratedByCue(in: document.article, entities: entities).confidence == .high
  }

  /// True when the speaker is someone: an entity, a resolved pronoun, or a phrase naming people
  /// or a text ("officials", "the post"), not "it".
  private func isSpeaker(_ speaker: FoundSpeaker) -> Bool {
    if let entity = speaker.entity { return entities.entities[entity].type != .other }
    let lower = speaker.name.lowercased()
    return !["it", "this", "that", "there", "which", "who"].contains(lower)
  }

  /// True when the speaker is a person or a body ("the Tarrow Courier", "Ann Cole"), or a
  /// phrase headed by a noun for one ("officials", "the agency"): someone who reports, unlike
  /// "the figures" or "the data".
  private func isNamedSpeaker(_ speaker: FoundSpeaker) -> Bool {
    if let entity = speaker.entity { return [.person, .organization].contains(entities.entities[entity].type) }
    let words = speaker.name.split(separator: " ")
    return words.last.map { SpeakerNouns.contains($0.lowercased()) } ?? false
  }

  /// True when a passage opens with a capital and holds a word in lower case that is no small
  /// word: a sentence ("The word is out"), not a name in title case ("Harbour of Hope").
  private func isQuotedSentence(_ passage: QuotedPassage) -> Bool {
    guard ScalarClass.isUppercase(document.article.scalars[passage.content.start]) else { return false }
    let tokens = document.tokens
    let first = context.firstToken(passage)
    return (first..<context.endToken(passage)).contains { index in
      tokens[index].isWord && !tokens[index].isCapitalized && context.passageOfToken[optional: index] == passage.number
        && !tokens[index].is(.connector) && !tokens[index].is(.determiner) && !tokens[index].is(.preposition)
    }
  }

  /// A draft covering tokens `start..<end` without closing punctuation, unless the clause is
  /// itself a quotation (then the direct quote stands for it).
  private func draft(from start: Int, to end: Int, speaker: FoundSpeaker, number: Int) -> QuoteAttributor.Draft? {
    let tokens = document.tokens
    var last = end - 1
    // The clause ends before a quoted sentence or a quotation running past it ("a message
    // stating, “The word …”"); quoted phrases ("the “common goal”") and names ("the town
    // called “Harbour of Hope”") stay inside it.
    if let open = (start..<end).first(where: { token in
      context.passageOfToken[optional: token].map { number in
        let passage = context.passage(number)
        return passage.outer.end > tokens[end - 1].span.end || isQuotedSentence(passage)
      } ?? false
    }) {
      last = open - 1
    }
    // Closing punctuation is left out, but the closing mark of a quotation the clause holds
    // ("said her show was “The Harbour Watch.”").
    while last > start, tokens[last].isPunctuation, ![")", "]"].contains(tokens.text(last)),
      !(context.passageOfToken[optional: last].map { context.passage($0).outer.start >= tokens[start].span.start } ?? false)
    {
      last -= 1
    }
    guard start < last, context.passageOfToken[optional: start] == nil,
      (start...last).filter({ tokens[$0].isWord }).count >= 3
    else { return nil }
    let span = Span(tokens[start].span.start, tokens[last].span.end)
    let passage = QuotedPassage(number: number, pieces: [span], outer: span, parent: nil, balanced: true)
    return QuoteAttributor.Draft(passage: passage, kind: .indirect, speaker: speaker.ratedByCue(in: document.article, entities: entities))
  }
}
