/// Turns quoted passages into quotes: credits each to a speaker, decides its kind, sets apart
/// titles of cited works ("an article titled “…”") and drops scare quotes.
struct QuoteAttributor {
  let document: Document
  let entities: EntityTable
  let context: QuoteContext

  /// Words right before a quotation that make it the title of a work, not speech.
  static let titling: Set<String> = WordList.words("titled entitled headlined headline")
  /// Words right before a quotation that make it a name, not speech.
  static let naming: Set<String> = WordList.words(
    "named labelled labeled dubbed called website term word so-called")

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

  func attribute() -> Result {
    var result = Result()
    let finder = SpeakerFinder(
      document: document, entities: entities,
      pronouns: PronounResolver(document: document, entities: entities, passageOfToken: context.passageOfToken))
    var previous: [Int?: Draft] = [:]
    for passage in context.passages {
      let before = context.before(passage)
      if before.suffix(2).contains(where: { Self.titling.contains(document.tokens[$0].lower) }) {
        result.titles.append((passage.content, context.firstToken(passage)))
        continue
      }
      if isName(passage, before: before) { continue }
      var speaker = finder.after(context.after(passage)) ?? finder.before(before)
      var fromIntro = false
      if speaker == nil, let intro = introduction(of: passage) {
        speaker = finder.intro(intro)
        fromIntro = speaker != nil
      }
      if speaker == nil, before.isEmpty, let earlier = previousSentence(of: passage) {
        speaker = finder.before(earlier)
      }
      if speaker == nil, startsUpper(passage), let last = previous[passage.parent],
        isNear(last.passage, passage)
      {
        speaker = last.speaker.map { FoundSpeaker(span: $0.span, entity: $0.entity, name: $0.name) }
      }
      let kind = kind(of: passage, before: before, speaker: speaker, fromIntro: fromIntro)
      if kind == .partial, speaker == nil { continue }
      let draft = Draft(passage: passage, kind: kind, speaker: speaker)
      result.quotes.append(draft)
      if speaker != nil { previous[passage.parent] = draft }
    }
    return result
  }

  /// True when the passage is a name, not speech: the words right before it name it ("the
  /// website", "known as"), or it is a few capitalised words after an article ("The “History”
  /// section").
  private func isName(_ passage: QuotedPassage, before: [Int]) -> Bool {
    let tokens = document.tokens
    if before.suffix(2).contains(where: { Self.naming.contains(tokens[$0].lower) })
      || before.suffix(3).map({ tokens[$0].lower }).joined(separator: " ").hasSuffix("known as")
    {
      return true
    }
    let words = (context.firstToken(passage)..<context.endToken(passage)).filter { tokens[$0].isWord }
    guard let last = before.last, CommonWords.determiners.contains(tokens[last].lower), words.count <= 4
    else { return false }
    return words.allSatisfy { tokens[$0].isCapitalized }
  }

  /// The sentence before the one a passage opens, in the same paragraph, at the passage's level.
  private func previousSentence(of passage: QuotedPassage) -> [Int]? {
    let first = context.firstToken(passage)
    guard first < document.tokens.count else { return nil }
    let sentence = document.sentenceOfToken[first]
    guard sentence > 0 else { return nil }
    let earlier = document.sentences[sentence - 1]
    guard document.blockOfToken[earlier.lowerBound] == document.blockOfToken[first] else { return nil }
    return (max(earlier.lowerBound, earlier.upperBound - QuoteContext.reach)..<earlier.upperBound).filter {
      context.passageOfToken[$0] == passage.parent
    }
  }

  /// The introduction of a passage that opens its paragraph: the last sentence of the paragraph
  /// before, when that ends in a colon.
  private func introduction(of passage: QuotedPassage) -> [Int]? {
    let first = context.firstToken(passage)
    guard first < document.tokens.count else { return nil }
    let block = document.blockOfToken[first]
    guard document.blocks[block].tokens.lowerBound == first, block > 0 else { return nil }
    let previous = document.blocks[block - 1].tokens
    guard let last = previous.last, document.tokens[last].text == ":" else { return nil }
    let sentence = document.sentences[document.sentenceOfToken[last]]
    return (max(sentence.lowerBound, last - QuoteContext.reach)..<sentence.upperBound).filter {
      context.passageOfToken[$0] == passage.parent
    }
  }

  /// True when `passage` follows `earlier` in the same paragraph or within two more (a caption
  /// may stand between the paragraphs of one statement).
  private func isNear(_ earlier: QuotedPassage, _ passage: QuotedPassage) -> Bool {
    let a = document.blockOfToken[min(context.endToken(earlier), document.tokens.count) - 1]
    let b = document.blockOfToken[context.firstToken(passage)]
    return b - a <= 2
  }

  private func startsUpper(_ passage: QuotedPassage) -> Bool {
    let first = document.article.scalars[passage.content.start]
    return ScalarClass.isUppercase(first) || ScalarClass.isDigit(first)
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
    let endsSentence = ".!?…,".unicodeScalars.contains(last)
    let opensSentence =
      before.last.map { [",", ":"].contains(document.tokens[$0].text) || ReportingVerbs.isCue(document.tokens[$0].lower) }
      ?? true
    return endsSentence || opensSentence ? .direct : .partial
  }
}
