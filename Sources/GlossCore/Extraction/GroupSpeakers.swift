/// Speakers named "they" that no organisation stands for, resolved to the group of people the
/// text made the subject just before ("Harbour pilots met the port board on Monday. The rules
/// are unsafe, they said."): what the reader shows is "Harbour pilots", not "they". The mention
/// stays the pronoun, and no entity is made of the group.
///
/// The group is a plural noun for people (``isPluralGroup(_:)``: "officials", "his aides",
/// "Democrats") that opens a clause and comes right before its verb: in the pronoun's own
/// sentence before it, or in the sentence before; further back only along a chain of "they"
/// ("Her aides met at noon. They talked for an hour. They said …"). Of two groups in one
/// sentence the main clause's goes before one in a clause it holds ("People close to her said
/// that the aides …"), and one in a clause joined after it ("…, but officials refused") before
/// the main clause's. "They" stays as it is where no group is named, where people are named
/// together ("Lind and her aides"), where a group does something to another ("Police arrested
/// twelve protesters"), and where the pronoun stands in a clause of a sentence whose subject
/// came before it. A group named in what someone else is reported to say is no subject here.
struct GroupSpeakers {
  let document: Document
  let entities: EntityTable
  /// For each token, the quoted passage it stands in (nil outside quotation marks): a group
  /// is sought only in the writer's own words, for a pronoun there.
  let passageOfToken: CompactIndex

  /// What a sentence says of the groups in it.
  private enum Found {
    case group(Range<Int>)
    /// Two groups, one acting on the other: "they" could be either.
    case ambiguous
    case none
  }

  /// How a phrase opens its clause.
  private enum Opening {
    /// The sentence's main clause, also after an introductory phrase and a comma.
    case main
    /// A clause joined after another ("…, but officials refused").
    case joined
    /// A clause the main one holds ("… said that officials …").
    case held
  }

  /// How many tokens before the pronoun, and from the start of each sentence before, are read:
  /// the work per quote stays bounded however long a sentence is.
  private static let window = QuoteContext.reach

  /// `quotes`, each speaker that is a lone unresolved "they" named by the group it stands for.
  func resolve(_ quotes: [QuoteAttributor.Draft]) -> [QuoteAttributor.Draft] {
    let pronouns = quotes.map { quote in quote.speaker.flatMap { unresolvedThey($0) } }
    guard pronouns.contains(where: { $0 != nil }) else { return quotes }
    // What "they" say themselves may hold their own subject ("Officials met …, they said").
    let reported = reportedTokens(zip(quotes, pronouns).filter { $0.1 == nil }.map(\.0))
    return zip(quotes, pronouns).map { quote, pronoun in
      guard let pronoun, let group = group(before: pronoun, reported: reported) else { return quote }
      var resolved = quote
      resolved.speaker?.name = document.text(group)
      return resolved
    }
  }

  /// The token of `speaker` when it is a lone "they" in the writer's own words that no entity
  /// stands for.
  private func unresolvedThey(_ speaker: FoundSpeaker) -> Int? {
    guard speaker.entity == nil else { return nil }
    let pronoun = document.tokenIndex(atOrAfter: speaker.span.start)
    guard pronoun < document.tokens.count, document.tokens[pronoun].span == speaker.span, isOwnThey(pronoun) else {
      return nil
    }
    return pronoun
  }

  /// The token ranges of reported speech among `quotes`, in text order and merged, without
  /// the speakers set inside them ("The plan, officials said, would fail": the officials speak).
  private func reportedTokens(_ quotes: [QuoteAttributor.Draft]) -> [Range<Int>] {
    let ranges = quotes.filter { $0.kind == .indirect }.flatMap { quote -> [Range<Int>] in
      let content = tokens(of: quote.passage.content)
      guard let speaker = quote.speaker.map({ tokens(of: $0.span) }), content.overlaps(speaker) else { return [content] }
      let before = content.lowerBound..<max(content.lowerBound, min(speaker.lowerBound, content.upperBound))
      let after = min(content.upperBound, max(speaker.upperBound, content.lowerBound))..<content.upperBound
      return [before, after].filter { !$0.isEmpty }
    }.sorted { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for range in ranges {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// The tokens `span` covers.
  private func tokens(of span: Span) -> Range<Int> {
    document.tokenIndex(atOrAfter: span.start)..<document.tokenIndex(atOrAfter: span.end)
  }

  /// The tokens of the group "they" at token `pronoun` stands for, if the text names one
  /// outside the ranges `reported`.
  private func group(before pronoun: Int, reported: [Range<Int>]) -> Range<Int>? {
    let sentenceStart = document.sentences[document.sentenceOfToken[pronoun]].lowerBound
    let own = max(sentenceStart, pronoun - Self.window)..<pronoun
    // After a comma the pronoun opens a clause of the sentence's own, not one of a clause
    // after "that" ("backed the view that judges know best, they said").
    let afterComma = pronoun > 0 && document.tokens.text(pronoun - 1) == ","
    switch groupSubject(in: own, reported: reported, afterComma: afterComma, aside: isAside(pronoun)) {
    case .group(let group): return group
    case .ambiguous: return nil
    case .none: break
    }
    // The sentence's subject is out of sight, or is people named together.
    guard own.lowerBound == sentenceStart, !namesPeopleTogether(own) else { return nil }
    // "… said the plan would fail once they voted": a clause of the sentence's, whose subject
    // went before. The first "they" of the sentence says who ("They met at noon and, once they
    // had eaten, they said"), and an aside ("…, they said.") speaks for the whole sentence.
    let first = own.first(where: { isOwnThey($0) }) ?? pronoun
    if first != pronoun || !isAside(pronoun),
      (sentenceStart..<first).contains(where: { passageOfToken[optional: $0] == nil && document.isLowerCaseVerb($0) })
    {
      return nil
    }
    var sentence = document.sentenceOfToken[pronoun]
    for _ in 0..<2 {
      guard sentence > 0 else { return nil }
      sentence -= 1
      let whole = document.sentences[sentence]
      guard document.blockOfToken[whole.upperBound - 1] + 1 >= document.blockOfToken[pronoun] else { return nil }
      let words = whole.lowerBound..<min(whole.upperBound, whole.lowerBound + Self.window)
      switch groupSubject(in: words, reported: reported) {
      case .group(let group): return group
      case .ambiguous: return nil
      case .none: break
      }
      // Further back only where this sentence goes on about "them", and names no one else.
      guard words.contains(where: { isOwnThey($0) }), !namesPeopleTogether(words) else { return nil }
    }
    return nil
  }

  /// True for a "they" in the writer's own words.
  private func isOwnThey(_ index: Int) -> Bool {
    document.tokens.lower(index) == "they" && passageOfToken[optional: index] == nil
  }

  /// True when the pronoun at `pronoun` is an aside's subject: after a comma or a closing
  /// quotation mark, with its verb of speech next ("The plan, they said, would fail.", "“No,”
  /// they said").
  private func isAside(_ pronoun: Int) -> Bool {
    let tokens = document.tokens
    guard pronoun > 0, pronoun + 1 < tokens.count, tokens[pronoun + 1].is(.cue) || tokens[pronoun + 1].is(.indirectCue) else {
      return false
    }
    let before = tokens.text(pronoun - 1)
    return before == "," || tokens[pronoun - 1].isPunctuation && passageOfToken[optional: pronoun - 1] != nil
  }

  /// True when `words` join a person and another with "and" ("Lee and her aides", "he and
  /// Ortiz"): "they" is then both of them, no group.
  private func namesPeopleTogether(_ words: Range<Int>) -> Bool {
    let tokens = document.tokens
    return words.dropFirst().dropLast().contains { and in
      tokens.lower(and) == "and" && passageOfToken[optional: and] == nil && isPersonBefore(and)
        && (isNamedOne(at: and + 1) || FunctionWords.personalPronouns.contains(tokens.lower(and + 1)))
    }
  }

  /// True when a person's name or pronoun comes right before token `index`.
  private func isPersonBefore(_ index: Int) -> Bool {
    index > 0 && (isNamedOne(at: index - 1) || FunctionWords.nominativePronouns.contains(document.tokens.lower(index - 1)))
  }

  /// True when token `index` stands in the name of a person, or of one the lists cannot type
  /// (a name that is no place and no organisation).
  private func isNamedOne(at index: Int) -> Bool {
    guard let type = entities.type(at: index) else { return false }
    return type == .person || type == .other
  }

  /// The group in `words` that opens a clause and comes right before its verb ("Ferry pilots
  /// met", "Her closest aides quietly agreed"), outside quotation marks and the
  /// ranges `reported`: the main clause's before one in a clause it holds, one in a clause
  /// joined after it before both. For a pronoun `afterComma` in its own sentence, not a group
  /// in a clause after "that"; before an `aside` only a group that speaks ("Officials said the
  /// plan would fail, they said"): the words before an aside are what "they" say.
  private func groupSubject(in words: Range<Int>, reported: [Range<Int>], afterComma: Bool = false, aside: Bool = false) -> Found {
    let tokens = document.tokens
    var found: (group: Range<Int>, opening: Opening)?
    for head in words where isGroupHead(head) {
      guard let verb = verb(after: head, before: words.upperBound), !isReported(head, reported),
        !aside || tokens[verb].is(.cue) || tokens[verb].is(.indirectCue)
      else { continue }
      var start = phraseStart(of: head, from: words.lowerBound)
      // "dock crews and ferry pilots": two groups joined are one.
      if start - 2 >= words.lowerBound, tokens.lower(start - 1) == "and", isGroupHead(start - 2) {
        start = phraseStart(of: start - 2, from: words.lowerBound)
      }
      guard let opening = opening(of: start), !afterComma || start == 0 || tokens.lower(start - 1) != "that" else { continue }
      if let found, opening == .held || opening == .main && found.opening != .held { continue }
      // "Police arrested twelve protesters": either may be "they".
      if actsOnGroup(verb, before: words.upperBound) { return .ambiguous }
      found = (start..<(head + 1), opening)
    }
    return found.map { .group($0.group) } ?? .none
  }

  /// The first token of the phrase a group's head at `head` ends, not before `first`.
  private func phraseStart(of head: Int, from first: Int) -> Int {
    var start = head
    while start > first, start > head - Self.longestGroup, isGroupWord(start - 1) { start -= 1 }
    return start
  }

  /// The most words a group's phrase holds, its head noun counted.
  private static let longestGroup = 6

  /// True for a plural noun for people at token `index`, outside quotation marks: a common
  /// noun, or a one-word entity naming members of a party or a people ("Democrats").
  private func isGroupHead(_ index: Int) -> Bool {
    guard document.tokens[index].isWord, passageOfToken[optional: index] == nil,
      Self.isPluralGroup(document.tokens.lower(index))
    else { return false }
    guard let mention = entities.mention(at: index) else { return true }
    return mention.tokens.count == 1 && document.namesPeople(mention.tokens)
  }

  /// True when token `index` stands in one of `reported`.
  private func isReported(_ index: Int, _ reported: [Range<Int>]) -> Bool {
    let next = reported.partitionIndex { $0.lowerBound <= index }
    return next > 0 && reported[next - 1].contains(index)
  }

  /// The verb right after a group's head at `head`, before token `end`: past one adverb
  /// ("privately conceded") or a short phrase opened by a preposition ("at the county hospital
  /// were"); nil when none follows.
  private func verb(after head: Int, before end: Int) -> Int? {
    let tokens = document.tokens
    var next = head + 1
    if next < end, !tokens[next].isCapitalized, FunctionWords.isAdverbBeforeVerb(tokens.lower(next)) { next += 1 }
    if next < end, FunctionWords.prepositions.contains(tokens.lower(next)) {
      let limit = min(end, next + Self.longestPhrase)
      next += 1
      while next < limit, tokens[next].isWord || tokens[next].kind == .possessive, !document.isLowerCaseVerb(next) { next += 1 }
    }
    return next < end && document.isLowerCaseVerb(next) ? next : nil
  }

  /// The most words a phrase after a group's head holds, its preposition counted.
  private static let longestPhrase = 5

  /// True when the verb at `verb` has a group of people as its object, within three words
  /// ("arrested twelve protesters", "met the striking nurses").
  private func actsOnGroup(_ verb: Int, before end: Int) -> Bool {
    let tokens = document.tokens
    // A verb of speech has a clause after it, whose subject the group is: "Officials said
    // nurses …" is the officials' saying.
    if tokens[verb].is(.cue) || tokens[verb].is(.indirectCue) { return false }
    for index in (verb + 1)..<min(end, verb + 4) {
      if isGroupHead(index) { return true }
      guard tokens[index].isWord || tokens[index].kind == .number, !document.isLowerCaseVerb(index),
        !FunctionWords.prepositions.contains(tokens.lower(index))
      else { return false }
    }
    return false
  }

  /// True for a word that may stand before a group's head in its phrase: a determiner, an
  /// owner, a number, an adjective or a name ("the", "her", "Ortiz's", "twelve", "Greek");
  /// not a conjunction, a preposition, a pronoun, a relative word, a word that opens a clause
  /// or a phrase of time ("while", "yesterday"), an adverb or a verb.
  private func isGroupWord(_ index: Int) -> Bool {
    let tokens = document.tokens
    if tokens[index].kind == .possessive || tokens[index].kind == .number { return true }
    guard tokens[index].isWord, !tokens[index].is(.calendar) else { return false }
    let lower = tokens.lower(index)
    // "that" before a noun mostly opens a clause ("the plan that voters rejected").
    if Self.timeWords.contains(lower) || lower == "that" { return false }
    if CommonWords.determiners.contains(lower) { return true }
    return !FunctionWords.isFunctionWord(lower) && !FunctionWords.relatives.contains(lower)
      && !FunctionWords.pronouns.contains(lower) && !FunctionWords.introductions.contains(lower)
      && !SpeakerFinder.clauseLinks.contains(lower) && !Self.clauseWords.contains(lower)
      && !FunctionWords.isMannerAdverb(lower) && !document.isLowerCaseVerb(index)
  }

  /// Words that open a clause besides ``SpeakerFinder/clauseLinks`` and
  /// ``FunctionWords/introductions``.
  private static let clauseWords: Set<String> = WordList.words("if unless once whether")

  /// Words of time that stand alone before a clause ("Yesterday officials met").
  private static let timeWords: Set<String> = WordList.words("yesterday today tonight")

  /// How the phrase at token `start` opens its clause; nil when it opens none (a word joined
  /// by "and" to the one before: "Ferry crews and their families").
  private func opening(of start: Int) -> Opening? {
    if document.isClauseInitial(start) { return .main }
    let tokens = document.tokens
    let before = tokens.lower(start - 1)
    // After an introductory phrase, or a word of time opening the sentence ("Yesterday officials").
    if before == "," || Self.timeWords.contains(before) && document.isClauseInitial(start - 1) { return .main }
    if ["and", "but", "so", "yet"].contains(before) {
      let afterComma = start >= 2 && tokens.text(start - 2) == ","
      return before == "and" && !afterComma ? nil : .joined
    }
    return SpeakerFinder.clauseLinks.contains(before) || SpeakerFinder.subordinators.contains(before) || before == "that"
      ? .held : nil
  }

  /// True for a plural noun for people ("officials", "spokesmen", "Democrats", "people",
  /// "companies"): a group, a kind of person or a title in the plural (``SpeakerNouns``),
  /// never a text.
  private static func isPluralGroup(_ lower: String) -> Bool {
    if ["people", "children", "police"].contains(lower) { return true }
    if lower.hasSuffix("men") { return SpeakerNouns.contains(lower) }
    guard lower.hasSuffix("s"), !lower.hasSuffix("ss"), !SpeakerNouns.texts.contains(lower) else { return false }
    // "companies", "agencies": a body in the plural is a group too.
    let isGroup = SpeakerNouns.contains(lower) || SpeakerNouns.matchesSingular(lower, SpeakerNouns.groups.contains)
    return isGroup && !SpeakerNouns.people.contains(lower) && !Titles.all.contains(lower)
  }
}
