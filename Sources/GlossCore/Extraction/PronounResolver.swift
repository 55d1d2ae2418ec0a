/// Resolves a pronoun to the entity it most likely stands for: "he"/"she" to the nearest person
/// named before it outside quotations whose sex does not disagree (see ``PersonSex``; a word for
/// a relative before a name says it too: "his son Karl Velde"),
/// "it"/"its" to the nearest organisation or place, "they" to an organisation that is the
/// subject of its sentence or the one before (never a place: "they said" is people, where a
/// state or town is where they are). "I" and "we" in the writer's own words stand for the
/// writer ("We asked readers whether …"), no one the article names, but in a transcript's turn
/// for the one named before its colon ("LEE: I think …").
struct PronounResolver {
  let document: Document
  let entities: EntityTable
  let passageOfToken: CompactIndex
  /// The sex of each person entity, where known, worked out once.
  private let sexes: [PersonNames.Sex?]

  init(document: Document, entities: EntityTable, passageOfToken: CompactIndex) {
    self.document = document
    self.entities = entities
    self.passageOfToken = passageOfToken
    var sexes = entities.entities.map { $0.type == .person ? PersonSex.of($0) : nil }
    // "his son Karl Velde": a word for a relative says what the name does not.
    for mention in entities.mentions where sexes[mention.entity] == nil && entities.entities[mention.entity].type == .person {
      sexes[mention.entity] = PersonSex.of(relationBefore: mention.tokens.lowerBound, in: document.tokens)
    }
    self.sexes = sexes
  }

  /// Pronouns of the third person plural.
  static let plural: Set<String> = ["they", "them", "their", "theirs"]

  /// Pronouns of the first person.
  static let firstPerson: Set<String> = ["i", "me", "my", "we", "us", "our"]

  /// How many blocks back an antecedent may stand.
  static let reach = 3
  /// How many mentions back are tried at most.
  static let candidates = 200

  /// The entity index `pronoun` (a token index) refers to, if one is found, never one of
  /// `excluded` (the subject of the clause an object pronoun stands in: "Ortega attacked him").
  func resolve(_ pronoun: Int, excluding excluded: Set<Int> = []) -> Int? {
    let lower = document.tokens.lower(pronoun)
    let wantsPerson = FunctionWords.personalPronouns.contains(lower)
    let isPlural = Self.plural.contains(lower)
    let sex = PersonSex.of(pronoun: lower)
    let level = passageOfToken[optional: pronoun]
    let block = document.blockOfToken[pronoun]
    if level == nil, Self.firstPerson.contains(lower) { return turnSpeaker(of: block) }
    var index = mentionIndex(before: pronoun)
    let stop = max(-1, index - Self.candidates)
    var nearest: Int?
    let sentence = sentenceBeforeQuotes(of: pronoun, level: level)
    while index > stop {
      let mention = entities.mentions[index]
      index -= 1
      let first = mention.tokens.lowerBound
      if document.blockOfToken[first] + Self.reach < block { break }
      guard passageOfToken[optional: first] == level || passageOfToken[optional: first] == nil else { continue }
      let type = entities.entities[mention.entity].type
      // "the Cruise video" names Cruise only to say which video: not who "he" is.
      if document.isModifier(mention) || excluded.contains(mention.entity) { continue }
      // Past the sentence before the pronoun's, the nearest fitting mention stands.
      if nearest != nil, document.sentenceOfToken[first] + 1 < sentence { break }
      // "They" stands for an organisation only as the subject of its sentence or the one before:
      // more often it is people the article names by a common noun ("officials", "voters").
      if isPlural, document.sentenceOfToken[first] + 1 < sentence { break }
      if isPlural, type != .organization || !isSubject(first) { continue }
      if wantsPerson ? type == .person : (type == .organization || type == .place) {
        if let sex, let other = sexes[mention.entity], other != sex { continue }
        // "Ortiz met Lee, and he said": the subject of the sentence, or of the one before,
        // wins over a nearer name in another place of it.
        if !wantsPerson || isSubject(first) { return mention.entity }
        if nearest == nil { nearest = mention.entity }
      }
    }
    return nearest
  }

  /// The sentence of `pronoun`, or, when it and the sentences before it open inside one
  /// quotation the pronoun stands outside of (at `level`), the first of those: in "Lee said he
  /// would appeal. “… . … . …,” he said", the way back to Lee is measured from the quote's first
  /// sentence, as if the quote were one sentence.
  private func sentenceBeforeQuotes(of pronoun: Int, level: Int?) -> Int {
    let block = document.blockOfToken[pronoun]
    func opensQuoted(_ sentence: Int) -> Bool {
      let first = firstWord(of: sentence)
      guard let passage = passageOfToken[optional: first] else { return false }
      return passage != level && document.blockOfToken[first] == block
    }
    var sentence = document.sentenceOfToken[pronoun]
    while sentence > 0, opensQuoted(sentence), opensQuoted(sentence - 1) { sentence -= 1 }
    return sentence
  }

  /// The first word token of sentence `sentence` (its first token when it has none).
  private func firstWord(of sentence: Int) -> Int {
    let range = document.sentences[sentence]
    return range.first { document.tokens[$0].isWord } ?? range.lowerBound
  }

  /// The one named before a colon that opens block `block`, a turn of a transcript ("CLINTON:
  /// I just believe …"): the writer's "I" there is theirs.
  private func turnSpeaker(of block: Int) -> Int? {
    let tokens = document.blocks[block].tokens
    guard let mention = entities.mention(at: tokens.lowerBound), mention.tokens.upperBound < tokens.upperBound,
      document.tokens.text(mention.tokens.upperBound) == ":"
    else { return nil }
    return mention.entity
  }

  /// True when the mention starting at token `first` opens its sentence or clause, after
  /// "the" and titles at most.
  private func isSubject(_ first: Int) -> Bool {
    var start = first
    while start > 0, document.tokens[start - 1].is(.title) || document.tokens.lower(start - 1) == "the",
      document.sentenceOfToken[start - 1] == document.sentenceOfToken[first]
    {
      start -= 1
    }
    return document.isClauseInitial(start)
  }

  /// The index of the last mention starting before token `index`, or -1.
  private func mentionIndex(before index: Int) -> Int {
    entities.mentions.partitionIndex { $0.tokens.lowerBound < index } - 1
  }
}
