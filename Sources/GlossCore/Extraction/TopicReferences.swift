/// Where an article refers to its topic: by name ("THAAD", "anti-THAAD"), by the head noun
/// it puts after the name ("THAAD anti-missile system" makes "the missile system" a reference),
/// and, when the topic is a person, by "him", "her" or "his" as the object of a stance word
/// ("endorsed him", "defended his remarks") where the pronoun resolves to the topic. A topic
/// named by a common noun brings its own (``PhraseTopic/references``).
struct TopicReferences {
  /// One reference: the phrase, and the token of its head.
  struct Reference: Sendable {
    var head: Int
    var phrase: Span
    /// True for a word for a decision against the topic ("the vote" that rejected it): a side
    /// taken on it is the other side on the topic (``PhraseTopic/decisions``).
    var turned = false
  }

  let references: [Reference]
  /// For each sentence, the indexes of its references.
  let bySentence: [Int: [Int]]

  /// `isTopicPronoun` tells whether the pronoun at a token index stands for the topic.
  init(document: Document, entities: EntityTable, topic: StanceTopic, isTopicPronoun: ((Int) -> Bool)? = nil) {
    var found: [Reference]
    switch topic {
    case .entity(let entity):
      found = Self.references(to: entity, document, entities)
      if let isTopicPronoun, entities.entities[entity].type == .person {
        found += Self.pronounObjects(document.tokens, isTopicPronoun)
      }
      found.sort { $0.head < $1.head }
    case .phrase(let phrase):
      found = phrase.references
      found += Self.itObjects(document, entities, after: found)
      found.sort { $0.head < $1.head }
    }
    var bySentence: [Int: [Int]] = [:]
    for (index, reference) in found.enumerated() {
      bySentence[document.sentenceOfToken[reference.head], default: []].append(index)
    }
    self.references = found
    self.bySentence = bySentence
  }

  /// The mentions of the entity `topic`, and the noun phrases headed by the nouns that follow
  /// its name ("the missile system" after "THAAD missile system").
  private static func references(to topic: Int, _ document: Document, _ entities: EntityTable) -> [Reference] {
    let tokens = document.tokens
    var found: [Reference] = []
    var heads: [String] = []
    for mention in entities.mentions where mention.entity == topic {
      found.append(Reference(head: mention.tokens.lowerBound, phrase: mention.span))
      var next = mention.tokens.upperBound
      if next + 2 < tokens.count, tokens.text(next) == "(", tokens.text(next + 2) == ")" { next += 3 }
      var last: String?
      while next < tokens.count, OtherThings.followers.contains(tokens.lower(next)) {
        last = tokens.lower(next)
        next += 1
      }
      if let last, !heads.contains(last) { heads.append(last) }
    }
    if !heads.isEmpty {
      // Compared once per spelling rather than once per token.
      let isHead = (0..<tokens.spellingCount).map { heads.contains(tokens.spelling($0).lower) }
      for (index, token) in tokens.enumerated() where isHead[token.spelling] {
        guard entities.mention(at: index - 1)?.entity != topic, let start = Self.phraseStart(tokens, before: index),
          !Self.namesAnother(from: start, to: index, tokens, entities)
        else {
          continue
        }
        found.append(Reference(head: index, phrase: Span(tokens[start].span.start, token.span.end)))
      }
    }
    return found
  }

  /// True when the words before the head noun at `head`, from `start`, make it another thing of
  /// its kind: an owner ("the state's testing program") or a name that is not a place ("the
  /// Aegis program"; "a U.S. anti-missile system" may still be the topic).
  private static func namesAnother(from start: Int, to head: Int, _ tokens: TokenList, _ entities: EntityTable) -> Bool {
    (start + 1..<head).contains { index in
      tokens[index].kind == .possessive
        || tokens[index].isCapitalized && entities.mention(at: index).map { entities.entities[$0.entity].type != .place } ?? true
    }
  }

  /// True when the word before `index` takes a side on its object: a stance word, "for" or
  /// "against", or a verb of naming ("called it a mistake", "called her weak").
  private static func takesObject(_ tokens: TokenList, before index: Int) -> Bool {
    let before = tokens[index - 1]
    return before.is(.stance) || ["for", "against"].contains(tokens.lower(index - 1))
      || before.is(.sideConstruction) && StanceWords.naming.contains(tokens.lower(index - 1))
  }

  /// "it" right after a stance word or a verb of naming ("supports it", "voted against it",
  /// "called it a mistake") that stands for a
  /// phrase topic: one of `references` comes before it in its sentence or the one before, with
  /// no name of a thing between ("the bill … the Harbor Act … backed it" is the act's).
  private static func itObjects(_ document: Document, _ entities: EntityTable, after references: [Reference]) -> [Reference] {
    let tokens = document.tokens
    guard let first = references.first?.head else { return [] }
    // Compared once per spelling rather than once per token.
    let isIt = (0..<tokens.spellingCount).map { tokens.spelling($0).lower == "it" }
    var found: [Reference] = []
    for index in first + 1..<tokens.count where isIt[tokens[index].spelling] {
      guard takesObject(tokens, before: index), let reference = references.last(where: { $0.head < index }),
        document.sentenceOfToken[index] - document.sentenceOfToken[reference.head] <= 1,
        !(reference.head + 1..<index).contains(where: { entities.mention(at: $0).map { entities.entities[$0.entity].type == .other } ?? false })
      else { continue }
      found.append(Reference(head: index, phrase: tokens[index].span))
    }
    return found
  }

  /// "him", "her" or "his" right after a stance word or a verb of naming ("backed him", "voted
  /// for her", "defended his remarks", "called her weak"; not "against his rivals": people of
  /// his are not him) that stand for `topic`,
  /// and "his" or "her" owning a holder noun ("his spokesman", "her campaign manager", "his
  /// critics").
  private static func pronounObjects(_ tokens: TokenList, _ isTopicPronoun: (Int) -> Bool) -> [Reference] {
    let isObject = (0..<tokens.spellingCount).map { ["him", "her", "his"].contains(tokens.spelling($0).lower) }
    var found: [Reference] = []
    for (index, token) in tokens.enumerated() where index > 0 && isObject[token.spelling] {
      if ownsHolder(tokens, index), isTopicPronoun(index) {
        found.append(Reference(head: index, phrase: token.span))
        continue
      }
      guard takesObject(tokens, before: index), isTopicPronoun(index) else { continue }
      // "his" takes in the noun it owns: "defended his early remarks"; people of his are not
      // him ("ran against his Republican rivals").
      var end = index
      if tokens.lower(index) == "his" {
        while end + 1 < tokens.count, end - index < 3, tokens[end + 1].isWord,
          !FunctionWords.isFunctionWord(tokens.lower(end + 1))
        {
          end += 1
        }
        if end > index, StanceWords.holders.contains(tokens.lower(end)) || SpeakerNouns.contains(tokens.lower(end)) { continue }
      }
      found.append(Reference(head: index, phrase: Span(token.span.start, tokens[end].span.end)))
    }
    return found
  }

  /// True when the "his" or "her" at `index` owns a holder noun: "his spokesman", "her
  /// critics", "his campaign manager" (``StanceWords/holders``, ``StanceWords/staffCompounds``).
  static func ownsHolder(_ tokens: TokenList, _ index: Int) -> Bool {
    guard tokens.lower(index) != "him", index + 1 < tokens.count else { return false }
    let next = tokens.lower(index + 1)
    if StanceWords.holders.contains(next) { return true }
    return index + 2 < tokens.count && StanceWords.staffCompounds[tokens.lower(index + 2)]?.contains(next) == true
  }

  /// Where a noun phrase ending at `head` opens, within three words: at its determiner ("the
  /// new missile system", "their plan", "any cap"), or at the owner before a possessive ("Lee's
  /// plan").
  static func phraseStart(_ tokens: TokenList, before head: Int) -> Int? {
    var index = head - 1
    while index >= 0, head - index <= 4 {
      let lower = tokens.lower(index)
      if FunctionWords.nounMarkers.contains(lower) || lower == "that" || lower == "any" { return index }
      if tokens[index].kind == .possessive { return max(0, index - 1) }
      if tokens[index].isPunctuation { return nil }
      index -= 1
    }
    return nil
  }
}
