/// Where an article refers to its topic: by name ("THAAD", "anti-THAAD") or by the head noun
/// it puts after the name ("THAAD anti-missile system" makes "the missile system" a reference).
struct TopicReferences {
  /// One reference: the phrase, and the token of its head.
  struct Reference {
    var head: Int
    var phrase: Span
  }

  let references: [Reference]
  /// For each sentence, the indexes of its references.
  let bySentence: [Int: [Int]]

  init(document: Document, entities: EntityTable, topic: Int) {
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
        guard entities.mention(at: index - 1)?.entity != topic, let start = Self.phraseStart(tokens, before: index) else {
          continue
        }
        found.append(Reference(head: index, phrase: Span(tokens[start].span.start, token.span.end)))
      }
    }
    found.sort { $0.head < $1.head }
    var bySentence: [Int: [Int]] = [:]
    for (index, reference) in found.enumerated() {
      bySentence[document.sentenceOfToken[reference.head], default: []].append(index)
    }
    self.references = found
    self.bySentence = bySentence
  }

  /// The determiner that opens a noun phrase ending at `head`, within three words.
  private static func phraseStart(_ tokens: TokenList, before head: Int) -> Int? {
    var index = head - 1
    while index >= 0, head - index <= 4 {
      if ["the", "a", "an", "its", "this", "that", "their"].contains(tokens.lower(index)) { return index }
      if tokens[index].isPunctuation { return nil }
      index -= 1
    }
    return nil
  }
}
