/// Speakers named "they" that no organisation stands for, resolved to the group of people the
/// text made the subject just before ("Harbour pilots met the mayor on Monday. The talks went
/// well, they said."): what the reader shows is "Harbour pilots", not "they". The mention stays
/// the pronoun, and no entity is made of the group.
///
/// The group is the nearest plural noun for people (``isPluralGroup(_:)``: "officials", "his
/// aides", "Democrats") that opens a clause and is followed by its verb, in the pronoun's own
/// sentence before it or in the sentence before; further back only along a chain of "they"
/// ("Her aides met at noon. They talked for an hour. They said …"). A sentence between with no
/// such group stops the search: "they" is then left as it is.
struct GroupSpeakers {
  let document: Document
  let entities: EntityTable
  /// For each token, the quoted passage it stands in (nil outside quotation marks): a group
  /// is sought only in the writer's own words, for a pronoun there.
  let passageOfToken: CompactIndex

  /// `quotes`, each speaker that is a lone unresolved "they" named by the group it stands for.
  func resolve(_ quotes: [QuoteAttributor.Draft]) -> [QuoteAttributor.Draft] {
    let tokens = document.tokens
    return quotes.map { quote in
      guard let speaker = quote.speaker, speaker.entity == nil else { return quote }
      let pronoun = document.tokenIndex(atOrAfter: speaker.span.start)
      guard pronoun < tokens.count, tokens[pronoun].span == speaker.span, tokens.lower(pronoun) == "they",
        passageOfToken[optional: pronoun] == nil, let group = group(before: pronoun)
      else { return quote }
      var resolved = quote
      resolved.speaker?.name = document.text(group)
      return resolved
    }
  }

  /// The tokens of the group "they" at token `pronoun` stands for, if the text names one.
  private func group(before pronoun: Int) -> Range<Int>? {
    let own = document.sentences[document.sentenceOfToken[pronoun]].lowerBound..<pronoun
    if let group = firstGroupSubject(in: own) { return group }
    if namesPeopleTogether(own) { return nil }
    // "They met at noon and, once they had eaten, they said": the first "they" says who.
    if let earlier = own.first(where: { isOwnThey($0) }) { return group(before: earlier) }
    // "… said the plan would fail once they voted": a clause of the sentence's, whose subject
    // went before. An aside ("…, they said.") speaks for the whole sentence.
    if own.contains(where: { isVerb($0) }), !isAside(pronoun)
    {
      return nil
    }
    var sentence = document.sentenceOfToken[pronoun]
    for _ in 1..<Self.reach {
      guard sentence > 0 else { return nil }
      sentence -= 1
      let words = document.sentences[sentence]
      guard let last = words.last, document.blockOfToken[last] + 1 >= document.blockOfToken[pronoun] else { return nil }
      if let group = firstGroupSubject(in: words) { return group }
      // Further back only where this sentence goes on about "them", and names no one else.
      guard words.contains(where: { isOwnThey($0) }), !namesPeopleTogether(words) else { return nil }
    }
    return nil
  }

  /// How many sentences back, the pronoun's own counted, a group may be named.
  static let reach = 3

  /// True for a "they" in the writer's own words.
  private func isOwnThey(_ index: Int) -> Bool {
    document.tokens.lower(index) == "they" && passageOfToken[optional: index] == nil
  }

  /// True when the pronoun at `pronoun` is an aside's subject: a comma before it, its verb next,
  /// then a comma or the sentence's end ("The plan, they said, would fail.").
  private func isAside(_ pronoun: Int) -> Bool {
    let tokens = document.tokens
    guard pronoun > 0, pronoun + 2 < tokens.count, tokens.text(pronoun - 1) == "," else { return false }
    return [",", "."].contains(tokens.text(pronoun + 2))
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
    index > 0 && (isNamedOne(at: index - 1) || ["he", "she", "i"].contains(document.tokens.lower(index - 1)))
  }

  /// True when token `index` stands in the name of a person, or of one the lists cannot type
  /// (a name that is no place and no organisation).
  private func isNamedOne(at index: Int) -> Bool {
    guard let type = entities.type(at: index) else { return false }
    return type == .person || type == .other
  }

  /// The first group in `words` that opens a clause and comes right before its verb ("Mexican
  /// officials conducted", "Her advisers privately conceded"), outside quotation marks: the
  /// main clause's subject goes before the ones of the clauses it holds.
  private func firstGroupSubject(in words: Range<Int>) -> Range<Int>? {
    let tokens = document.tokens
    for head in words {
      guard tokens[head].isWord, Self.isPluralGroup(tokens.lower(head)), passageOfToken[optional: head] == nil,
        entities.mention(at: head).map({ namesMembers($0) }) ?? true, isFollowedByVerb(head, before: words.upperBound)
      else { continue }
      var start = head
      while start > words.lowerBound, start > head - Self.longestGroup, isModifier(start - 1) { start -= 1 }
      if opensClause(start) { return start..<(head + 1) }
    }
    return nil
  }

  /// The most words a group's phrase holds, its head noun counted.
  private static let longestGroup = 6

  /// True when `mention` is one word naming members of a party or a people ("Republicans",
  /// "Texans"): a group, though the article made it an entity.
  private func namesMembers(_ mention: EntityMention) -> Bool {
    mention.tokens.count == 1 && document.namesPeople(mention.tokens)
  }

  /// True when a verb comes right after a group's head at `head`, before token `end`: past one
  /// adverb ("privately conceded") or a short phrase opened by a preposition ("at the county
  /// hospital were").
  private func isFollowedByVerb(_ head: Int, before end: Int) -> Bool {
    let tokens = document.tokens
    var next = head + 1
    if next < end, tokens.lower(next).hasSuffix("ly") || tokens.lower(next) == "also" { next += 1 }
    if next < end, FunctionWords.prepositions.contains(tokens.lower(next)) {
      let limit = min(end, next + Self.longestPhrase)
      next += 1
      while next < limit, tokens[next].isWord || tokens[next].kind == .possessive, !isVerb(next) { next += 1 }
    }
    return next < end && isVerb(next)
  }

  /// The most words a phrase after a group's head holds, its preposition counted.
  private static let longestPhrase = 5

  /// True for a verb in lower case at token `index`.
  private func isVerb(_ index: Int) -> Bool {
    let tokens = document.tokens
    return tokens[index].isWord && !tokens[index].isCapitalized && document.isVerb(index, strict: true)
  }

  /// True for a word that may stand before a group's head in its phrase: a determiner, an
  /// adjective, a name or an owner ("the", "top", "Ortiz's", "Mexican"); not a preposition, a
  /// conjunction, a relative word or a verb.
  private func isModifier(_ index: Int) -> Bool {
    let tokens = document.tokens
    if tokens[index].kind == .possessive || tokens[index].kind == .number { return true }
    let lower = tokens.lower(index)
    guard tokens[index].isWord, !FunctionWords.prepositions.contains(lower), !FunctionWords.conjunctions.contains(lower),
      !FunctionWords.relatives.contains(lower), !FunctionWords.pronouns.contains(lower)
    else { return false }
    return tokens[index].isCapitalized || !document.isVerb(index, strict: true)
  }

  /// True when a phrase at token `start` opens a clause: first in its sentence or after a
  /// mark, a comma, or a conjunction ("and", "but", "so", "that", "while").
  private func opensClause(_ start: Int) -> Bool {
    if document.isClauseInitial(start) { return true }
    let before = document.tokens.lower(start - 1)
    // "Lee and her aides left": one subject of two, no group alone.
    if before == "and", isPersonBefore(start - 1) { return false }
    return before == "," || Self.clauseOpeners.contains(before)
  }

  /// Words after which a clause begins.
  private static let clauseOpeners: Set<String> = WordList.words("and but so that while when because although though as if")

  /// True for a plural noun for people ("officials", "spokesmen", "Democrats", "people"): a
  /// group, a kind of person or a title in the plural (``SpeakerNouns``), never a text.
  static func isPluralGroup(_ lower: String) -> Bool {
    if ["people", "children", "police"].contains(lower) { return true }
    if lower.hasSuffix("men") { return SpeakerNouns.contains(lower) }
    guard lower.hasSuffix("s"), !lower.hasSuffix("ss"), !SpeakerNouns.texts.contains(lower) else { return false }
    return SpeakerNouns.contains(lower) && !SpeakerNouns.people.contains(lower) && !Titles.all.contains(lower)
  }
}
