/// Turns quoted passages into quotes: credits each to a speaker, decides its kind, sets apart
/// titles of cited works ("an article titled “…”") and drops scare quotes.
struct QuoteAttributor {
  let document: Document
  let entities: EntityTable
  let context: QuoteContext
  /// For block quotes without marks, the line after them that names the speaker.
  let attributions: [Int: Span]
  /// Resolves the pronouns that stand for a speaker ("he said").
  let pronouns: PronounResolver

  /// Words right before a quotation that make it the title of a work, not speech.
  static let titling: Set<String> = WordList.words("titled entitled headlined headline title")
  /// Nouns for works: a quotation in apposition to one is its title ("the report, “…”").
  static let works: Set<String> = WordList.words(
    """
    report paper study book novel film documentary song album play essay article column
    document outlook strategy plan programme program campaign series exhibition
    """)
  /// Words right before a quotation that make it a name, not speech.
  static let naming: Set<String> = WordList.words(
    "named labelled labeled dubbed call calls called website term word so-called")

  /// A quote before numbering, with the entity index of its speaker.
  struct Draft {
    var passage: QuotedPassage
    var kind: QuoteKind
    var speaker: FoundSpeaker?
  }

  /// What the attributor found: quotes and the titles of cited works.
  struct Result {
    var quotes: [Draft] = []
    /// Quoted titles with the token index of their opening mark.
    var titles: [(span: Span, token: Int)] = []
  }

  /// What the words around one passage say of it, read for each passage on its own.
  private enum Reading {
    /// The title of a cited work: its span, and the token of its opening mark.
    case title(Span, token: Int)
    /// A name given in quotation marks: no quote.
    case name
    /// A quotation, with the tokens of the sentence before it and the speaker found around it, if
    /// any (`fromIntro` when an introduction of the quote named them).
    case quotation(before: [Int], speaker: FoundSpeaker?, fromIntro: Bool)
  }

  /// The quotes and titles of the passages. What the words around each passage say is read on
  /// its own, on `workers` threads side by side; then, in text order, a passage that names no
  /// speaker takes that of the quote before it where the rules below say so.
  func attribute(workers: Int = 1) -> Result {
    var result = Result()
    let finder = SpeakerFinder(document: document, entities: entities, pronouns: pronouns)
    let readings = OrderedWork.map(count: context.passages.count, workers: workers) { read(context.passages[$0], finder) }
    var previous: [Int?: Draft] = [:]
    /// The speaker of each passage by number, for the "I" of a quotation nested in it.
    var speakerOf: [Int: FoundSpeaker] = [:]
    for (passage, reading) in zip(context.passages, readings) {
      guard case .quotation(let before, var speaker, let fromIntro) = reading else {
        if case .title(let span, let token) = reading { result.titles.append((span, token)) }
        continue
      }
      if speaker == nil, before.isEmpty, let last = previous[passage.parent], isAttributedJustBefore(last, passage) {
        speaker = last.speaker.map { FoundSpeaker(span: $0.span, entity: $0.entity, name: $0.name, confidence: .medium) }
      }
      if speaker == nil, before.isEmpty, let earlier = previousSentence(of: passage) {
        speaker = (finder.before(earlier.tokens) ?? (earlier.sameBlock ? finder.personSubject(earlier.tokens) : nil))
          .flatMap { notPlace($0) }?.rated(.low)
      }
      if speaker == nil, startsUpper(passage), let last = previous[passage.parent],
        isNear(last.passage, passage)
      {
        speaker = last.speaker.map { FoundSpeaker(span: $0.span, entity: $0.entity, name: $0.name, confidence: .low) }
      }
      // “I called: ‘…,’ I said”: an "I" inside a quotation is its speaker.
      if let found = speaker, found.entity == nil, ["i", "we"].contains(found.name.lowercased()),
        let parent = passage.parent, let outer = speakerOf[parent]
      {
        speaker = FoundSpeaker(
          span: found.span, entity: outer.entity, name: outer.name, cue: found.cue, via: found.via, confidence: outer.confidence)
      }
      if let speaker { speakerOf[passage.number] = speaker }
      let kind = kind(of: passage, before: before, speaker: speaker, fromIntro: fromIntro)
      if kind == .partial, speaker == nil { continue }
      let draft = Draft(passage: passage, kind: kind, speaker: speaker)
      result.quotes.append(draft)
      if speaker != nil { previous[passage.parent] = draft }
    }
    return result
  }

  /// What the words around `passage` say of it: a work's title, a name, or a quotation with the
  /// speaker its own sentence and the ones around it name.
  private func read(_ passage: QuotedPassage, _ finder: SpeakerFinder) -> Reading {
    let before = context.before(passage)
    if isWorkTitle(before) || isTitleAfterPreposition(passage, before: before)
      || isTitleCased(passage) && !hasCueBeside(passage, before: before, finder: finder)
    {
      return .title(withoutClosingPunctuation(passage.content), token: context.firstToken(passage))
    }
    if isName(passage, before: before) { return .name }
    // Each way of finding the speaker rates how sure it is (`AttributionConfidence`).
    let article = document.article
    var speaker =
      (attributionTokens(of: passage) ?? dashLine(after: passage)).flatMap { finder.attributionLine($0) }?.rated(.high)
      ?? (finder.after(context.after(passage)) ?? reporter(finder.before(before), of: passage, before: before, finder: finder)
        ?? finder.attribution(opening: context.following(passage)))?.ratedByCue(in: article, entities: entities)
    var fromIntro = false
    if speaker == nil, let intro = introduction(of: passage) {
      speaker = finder.intro(intro)?.rated(.medium)
      fromIntro = speaker != nil
    }
    // "Sen. Ortiz visited the plant, saying “…”", "Ortiz called it a “disaster”": the
    // subject of the clause the quote stands in.
    if speaker == nil, !before.isEmpty {
      speaker = finder.clauseSubject(before).flatMap { notPlace($0) }?.rated(.medium)
    }
    return .quotation(before: before, speaker: speaker, fromIntro: fromIntro)
  }

  /// `found`, or for a fragment quoted inside a reported clause ("Lind said that Ortiz's plan
  /// would “…”") the speaker of the verb that reports the clause: the fragment is part of what
  /// they say. A passage that opens as a sentence keeps the speaker of the verb nearest it.
  private func reporter(_ found: FoundSpeaker?, of passage: QuotedPassage, before: [Int], finder: SpeakerFinder) -> FoundSpeaker? {
    guard let found, !startsUpper(passage) else { return found }
    return finder.outerReporter(of: found, in: before) ?? found
  }

  /// `found`, unless it is a place: a speaker guessed from the sentences around a quote is
  /// never the town or state they name ("after a meeting in Lund, Ohio, … “…”").
  private func notPlace(_ found: FoundSpeaker) -> FoundSpeaker? {
    guard let entity = found.entity, entities.entities[entity].type == .place else { return found }
    return nil
  }

  /// The tokens of the line naming a block quote's speaker ("— Elena Varga"), if it has one.
  private func attributionTokens(of passage: QuotedPassage) -> [Int]? {
    guard let line = attributions[passage.number] else { return nil }
    let first = document.tokenIndex(atOrAfter: line.start)
    return Array(first..<document.tokenIndex(atOrAfter: line.end))
  }

  /// The short line opening with a dash that names who said a passage ("- Ana Ruiz."): after
  /// the closing mark at the end of its paragraph, or as the paragraph after the one it ends.
  private func dashLine(after passage: QuotedPassage) -> [Int]? {
    let tokens = document.tokens
    let end = context.endToken(passage)
    guard passage.parent == nil, end > 0, end <= tokens.count else { return nil }
    let block = document.blockOfToken[end - 1]
    // The same paragraph, after the closing mark, to the end of the line: "“…” ― Ana Ruiz".
    let blockEnd = document.blocks[block].tokens.upperBound
    if end < blockEnd, Self.dashes.contains(tokens.text(end)) {
      var lineEnd = end + 1
      while lineEnd < blockEnd, lineEnd - end <= 8, !breaksLine(between: lineEnd - 1, and: lineEnd) { lineEnd += 1 }
      if (2...8).contains(lineEnd - end), lineEnd == blockEnd || breaksLine(between: lineEnd - 1, and: lineEnd) {
        return Array(end..<lineEnd)
      }
    }
    guard block + 1 < document.blocks.count, blockEnd <= end + 1 else { return nil }
    let next = document.blocks[block + 1].tokens
    guard (2...8).contains(next.count), Self.dashes.contains(tokens.text(next.lowerBound)) else { return nil }
    return Array(next)
  }

  /// True when a line break stands between tokens `first` and `second`.
  private func breaksLine(between first: Int, and second: Int) -> Bool {
    let scalars = document.article.scalars
    let tokens = document.tokens
    return (tokens[first].span.end..<tokens[second].span.start).contains { scalars[$0] == "\n" }
  }

  /// Dashes that open a line naming who said a quote.
  static let dashes: Set<String> = ["-", "—", "–", "--", "―"]

  /// True when the words before a passage introduce the title of a work: "titled", "under the
  /// title", or a noun for a work set off by a comma ("The paper, “…”").
  private func isWorkTitle(_ before: [Int]) -> Bool {
    let words = before.suffix(2).map { document.tokens.lower($0) }
    if words.contains(where: Self.titling.contains) { return true }
    return words.count == 2 && words[1] == "," && Self.works.contains(words[0])
  }

  /// True when a passage in title case stands after a preposition ("appeared on “Meet the
  /// Nation”", "the star of “Harbour Lights”"): the name of a show or a work, not speech.
  private func isTitleAfterPreposition(_ passage: QuotedPassage, before: [Int]) -> Bool {
    let tokens = document.tokens
    guard let last = before.last, ["on", "in", "of", "from"].contains(tokens.lower(last)),
      !".!?,".unicodeScalars.contains(document.article.scalars[passage.content.end - 1])
    else { return false }
    let words = (context.firstToken(passage)..<context.endToken(passage)).filter { tokens[$0].isWord }
    guard let first = words.first, words.count <= 8, tokens[first].isCapitalized else { return false }
    return words.allSatisfy {
      tokens[$0].isCapitalized || tokens[$0].is(.connector) || tokens[$0].is(.determiner) || tokens[$0].is(.preposition)
    }
  }

  /// `span` without the full stop or comma a title's closing mark took in (“The Harbour Watch.”).
  private func withoutClosingPunctuation(_ span: Span) -> Span {
    var end = span.end
    while end > span.start + 1, ".,;:".unicodeScalars.contains(document.article.scalars[end - 1]) { end -= 1 }
    return Span(span.start, end)
  }

  /// True when the passage is written as a title is ("The Harbour Watch", "Ships and the
  /// Sea at Night", "Ana and Friends"): two to ten words, every one capitalised but the
  /// small words between, two or more capitals, not all shouted in upper case, one sentence,
  /// no pronoun and not a person's name alone.
  private func isTitleCased(_ passage: QuotedPassage) -> Bool {
    let tokens = document.tokens
    let first = context.firstToken(passage)
    let end = context.endToken(passage)
    let words = (first..<end).filter { tokens[$0].isWord && context.passageOfToken[optional: $0] == passage.number }
    guard (2...10).contains(words.count), let opening = words.first, tokens[opening].isCapitalized,
      words.contains(where: { !tokens[$0].isAllCaps }),
      words.filter({ tokens[$0].isCapitalized }).count >= 2,
      document.sentenceOfToken[opening] == document.sentenceOfToken[words[words.count - 1]],
      // "You're No Harbour Master", "That's Ana Lind": a pronoun or contraction speaks.
      !words.contains(where: { tokens[$0].is(.neverName) }),
      // "Mr. Trump," or "President Ana Ruiz.": a person named alone is an answer or a call.
      !words.allSatisfy({ entities.type(at: $0) == .person || tokens[$0].is(.title) })
    else { return false }
    return words.allSatisfy {
      tokens[$0].isCapitalized || tokens[$0].is(.connector) || tokens[$0].is(.determiner) || tokens[$0].is(.preposition)
    }
  }

  /// True when a reporting verb stands right before the passage or within a few words after
  /// it ("chanted “Build The Bridge”", "“Not This Year,” she said").
  private func hasCueBeside(_ passage: QuotedPassage, before: [Int], finder: SpeakerFinder) -> Bool {
    let after = context.after(passage)
    return before.suffix(3).contains { finder.isCue($0, in: before) } || after.prefix(4).contains { finder.isCue($0, in: after) }
  }

  /// True when the passage is a name, not speech: the words right before it name it ("the
  /// website", "known as"), or it is a few capitalised words after an article ("The “History”
  /// section").
  private func isName(_ passage: QuotedPassage, before: [Int]) -> Bool {
    let tokens = document.tokens
    // "a user called “Anonymous”", not "what he called “consultation with teeth”".
    if let last = before.last, Self.naming.contains(tokens.lower(last)) {
      let speaker = before.dropLast().last.map {
        FunctionWords.pronouns.contains(tokens.lower($0)) || entities.type(at: $0) == .person
      }
      if speaker != true { return true }
    }
    if before.count >= 2, tokens.lower(before[before.count - 1]) == "as",
      tokens.lower(before[before.count - 2]).hasSuffix("known")
    {
      return true
    }
    guard let last = before.last, tokens[last].is(.determiner) || tokens[last].kind == .possessive else { return false }
    let words = (context.firstToken(passage)..<context.endToken(passage)).lazy.filter {
      tokens[$0].isWord && !tokens[$0].is(.connector)
    }
    return words.count <= 4 && words.allSatisfy { tokens[$0].isCapitalized || tokens[$0].kind == .number }
  }

  /// The sentence before the one a passage opens, at the passage's level: in the same
  /// paragraph, or the last of the paragraph before when the passage opens its paragraph.
  private func previousSentence(of passage: QuotedPassage) -> (tokens: [Int], sameBlock: Bool)? {
    let first = context.firstToken(passage)
    guard first < document.tokens.count else { return nil }
    let sentence = document.sentenceOfToken[first]
    guard sentence > 0 else { return nil }
    let earlier = document.sentences[sentence - 1]
    let block = document.blockOfToken[first]
    let sameBlock = document.blockOfToken[earlier.lowerBound] == block
    guard sameBlock || (document.blocks[block].tokens.lowerBound == first && !document.blocks[block - 1].isTitleCase)
    else { return nil }
    let tokens = (max(earlier.lowerBound, earlier.upperBound - QuoteContext.reach)..<earlier.upperBound).filter {
      context.passageOfToken[optional: $0] == passage.parent
    }
    return (tokens, sameBlock)
  }

  /// True when the sentence before the one `passage` opens is where the quote `last` ends with
  /// its reporting verb ("“…,” Ortiz told reporters in Lisbon when asked about it. “…”"): the
  /// speaker goes on, in the same paragraph or at the start of the next.
  private func isAttributedJustBefore(_ last: Draft, _ passage: QuotedPassage) -> Bool {
    guard let cue = last.speaker?.cue else { return false }
    let first = context.firstToken(passage)
    let end = context.endToken(last.passage)
    guard first < document.tokens.count, end > 0, end <= first else { return false }
    let sentence = document.sentenceOfToken[first]
    guard sentence > 0, document.sentenceOfToken[end - 1] == sentence - 1 else { return false }
    let earlier = document.sentences[sentence - 1]
    let block = document.blockOfToken[first]
    guard document.blockOfToken[earlier.lowerBound] == block || document.blocks[block].tokens.lowerBound == first
    else { return false }
    let tokens = document.tokens
    return tokens[earlier.lowerBound].span.start <= cue.start && cue.end <= tokens[earlier.upperBound - 1].span.end
  }

  /// The introduction of a passage that opens its paragraph: the last sentence of the paragraph
  /// before, when that ends in a colon.
  private func introduction(of passage: QuotedPassage) -> [Int]? {
    let first = context.firstToken(passage)
    guard first < document.tokens.count else { return nil }
    let block = document.blockOfToken[first]
    guard document.blocks[block].tokens.lowerBound == first, block > 0 else { return nil }
    let previous = document.blocks[block - 1].tokens
    guard let last = previous.last, document.tokens.text(last) == ":" else { return nil }
    let sentence = document.sentences[document.sentenceOfToken[last]]
    return (max(sentence.lowerBound, last - QuoteContext.reach)..<sentence.upperBound).filter {
      context.passageOfToken[optional: $0] == passage.parent
    }
  }

  /// True when `passage` follows `earlier` in the same paragraph or within two more (a caption
  /// may stand between the paragraphs of one statement).
  private func isNear(_ earlier: QuotedPassage, _ passage: QuotedPassage) -> Bool {
    let a = document.blockOfToken[min(context.endToken(earlier), document.tokens.count) - 1]
    let b = document.blockOfToken[context.firstToken(passage)]
    return b - a <= 2
  }

  /// True when the passage opens as a sentence does: with a capital, a digit, or a letter of a
  /// script without case (Chinese, Japanese, Arabic).
  private func startsUpper(_ passage: QuotedPassage) -> Bool {
    let first = document.article.scalars[passage.content.start]
    return ScalarClass.isUppercase(first) || ScalarClass.isDigit(first)
      || (first.value >= 0x0600 && first.properties.isAlphabetic && !first.properties.isCased)
  }

  private func kind(of passage: QuotedPassage, before: [Int], speaker: FoundSpeaker?, fromIntro: Bool) -> QuoteKind {
    let first = context.firstToken(passage)
    let block = document.blocks[document.blockOfToken[first]]
    if let paragraph = block.paragraphIndex, document.article.paragraphs[paragraph].role == .blockquote {
      return .block
    }
    if fromIntro, let entity = speaker?.entity, entities.entities[entity].type == .organization {
      return .block
    }
    guard startsUpper(passage) else { return .partial }
    let scalars = document.article.scalars
    let last = scalars[passage.content.end - 1]
    let endsSentence = ".!?…,。！？".unicodeScalars.contains(last)
    let opensSentence =
      before.last.map { [",", ":", "，", "："].contains(document.tokens.text($0)) || ReportingVerbs.isCue(document.tokens.lower($0)) }
      ?? true
    return endsSentence || opensSentence ? .direct : .partial
  }
}
