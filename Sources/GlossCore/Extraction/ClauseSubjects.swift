/// Finds who acts in a clause without a parser: the first actor named at its start (past an
/// introductory phrase, modifiers such as "U.S. ally", and prepositional phrases), with the
/// actors coordinated to it by "and" ("South Korea and regional superpower China"), and
/// resolves "it"/"its" to that subject. An owner is the subject only when no one else is named
/// ("Lee's rival, Gov. Roe," is Roe; "Lee's campaign" is Lee).
struct ClauseSubjects {
  let document: Document
  let entities: EntityTable
  let pronouns: PronounResolver
  /// The topic's entity index (nil for a phrase): a topic is what actors take stances on, never
  /// an actor.
  let topic: Int?
  /// For each entity, whether it is a country (looked up once: ``isActor(_:)`` runs in loops).
  private let isCountry: [Bool]

  init(document: Document, entities: EntityTable, pronouns: PronounResolver, topic: Int?) {
    self.document = document
    self.entities = entities
    self.pronouns = pronouns
    self.topic = topic
    isCountry = entities.entities.map { entity in
      guard entity.type == .place, case .country = Gazetteer.shared.lookup(entity.name, listedNames: false) else { return false }
      return true
    }
  }

  /// Words that end a clause for subject finding.
  static let breaks: Set<String> = Set([";", ":", "that", "but", "—", "–", "which"]).union(subordinators)

  /// Words that open a clause of their own inside a sentence ("… when Lee voted for it").
  static let subordinators: Set<String> = ["because", "while", "whereas", "when"]

  /// The first token of the clause containing token `index`.
  func clauseStart(of index: Int) -> Int {
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var start = index
    while start > sentence.lowerBound, index - start < QuoteContext.reach {
      let previous = document.tokens.lower(start - 1)
      if Self.breaks.contains(previous) {
        // "When she ran in 2010, Boxer attacked X": a clause opening the sentence ends at its comma.
        if start - 1 == sentence.lowerBound, Self.subordinators.contains(previous),
          let comma = (start..<index).last(where: { document.tokens.text($0) == "," })
        {
          return comma + 1
        }
        break
      }
      if previous == ",", start < document.tokens.count, document.tokens.lower(start) == "but" { break }
      if previous == "and", opensClauseAfterComma(start - 1, in: sentence) { break }
      start -= 1
    }
    return start
  }

  /// True when the "and" at `and` follows a comma that ends a clause of its own, one with a
  /// verb ("Ruiz backed it, and Ortega refused"), not a list of names ("Seoul, Tokyo, and
  /// Beijing oppose it").
  private func opensClauseAfterComma(_ and: Int, in sentence: Range<Int>) -> Bool {
    let tokens = document.tokens
    guard and - 1 > sentence.lowerBound, tokens.text(and - 1) == "," else { return false }
    return (sentence.lowerBound..<(and - 1)).contains { document.isLowerCaseVerb($0) }
  }

  /// The actors the clause containing token `index` is about, in order; empty if none is named.
  func subjects(ofClauseAt index: Int) -> [EntityMention] {
    let tokens = document.tokens
    var position = clauseStart(of: index)
    let start = position
    if position < tokens.count, FunctionWords.introductions.contains(tokens.lower(position)) {
      var comma = position
      while comma < index, tokens.text(comma) != "," { comma += 1 }
      if comma < index { position = comma + 1 }
    }
    var found: [EntityMention] = []
    // Owners ("Lee's rival, Gov. Roe,"): the subject only when no one else is named, and only of
    // what they do through others, not of what the people they have do (`ownsPeople`).
    var owners: [EntityMention] = []
    var inPhrase = false
    while position < index {
      let token = tokens[position]
      if tokens.text(of: token) == "," || tokens.lower(of: token) == "and" {
        inPhrase = false
      } else if FunctionWords.prepositions.contains(tokens.lower(of: token)) {
        inPhrase = true
      } else if token.isWord, !token.isCapitalized, found.isEmpty ? document.isVerb(position, strict: true) : document.isVerb(position) {
        break
      } else if let mention = entities.mention(at: position) {
        position = mention.tokens.upperBound - 1
        if !inPhrase, isActor(mention.entity) || isActingPlace(mention, clauseStart: start), !document.isModifier(mention) {
          let owns = position + 1 < index && tokens[position + 1].kind == .possessive
          if !owns {
            found.append(mention)
          } else if !ownsPeople(from: position + 2, before: index) {
            owners.append(mention)
          }
        }
      } else if !inPhrase, ["it", "its", "he", "she", "his", "her", "they"].contains(tokens.lower(of: token)), found.isEmpty {
        // "Her friends mocked X": the friends act, not she; "his wife, Jo Roe," names who does.
        if Self.possessivePronouns.contains(tokens.lower(of: token)), ownsPeople(from: position + 1, before: index) {
          position += 1
          continue
        }
        if let entity = resolve(position) {
          found.append(EntityMention(tokens: position..<position + 1, span: token.span, entity: entity))
        }
        break
      }
      position += 1
    }
    return found.isEmpty ? owners : found
  }

  /// True when the lower-case words from token `start` (up to three, before `end`, a function
  /// word or a verb) name people an owner before them has by kin or by side ("her friends",
  /// "Lee's longtime critics", "his wife"; ``relations``): they act for themselves. Staff,
  /// officials and members act for the owner ("his aides", "Russia's foreign minister", "its
  /// members").
  func ownsPeople(from start: Int, before end: Int) -> Bool {
    let tokens = document.tokens
    var index = start
    while index < min(end, start + 3), tokens[index].isWord, !tokens[index].isCapitalized {
      let lower = tokens.lower(index)
      // A word in "-ed" describes the people here ("his estranged wife").
      if FunctionWords.isFunctionWord(lower) || document.isVerb(index, strict: true) && !lower.hasSuffix("ed") { return false }
      if SpeakerNouns.matchesSingular(lower, Self.relations.contains) { return true }
      index += 1
    }
    return false
  }

  /// Pronouns that own what follows them.
  static let possessivePronouns: Set<String> = ["its", "his", "her", "their"]

  /// People one has by kin, friendship or side, who act for themselves (singular forms, and
  /// "children"; a closed class, kept by hand).
  static let relations: Set<String> = WordList.words(
    """
    friend neighbour neighbor critic rival opponent supporter backer fan follower admirer detractor
    foe enemy voter constituent wife husband spouse son daughter child children mother father
    parent brother sister sibling cousin relative family classmate colleague
    """)

  /// The entity a pronoun stands for: "it"/"its" for the subject of its clause, others by
  /// the nearest fitting mention.
  func resolve(_ pronoun: Int) -> Int? {
    let lower = document.tokens.lower(pronoun)
    if lower == "it" || lower == "its" {
      let start = clauseStart(of: pronoun)
      if start < pronoun, let subject = subjects(ofClauseAt: pronoun).first, subject.tokens.lowerBound < pronoun {
        return subject.entity
      }
      // A relative clause ("… that it opposes"): the subject of the clause before it.
      if start > 0, document.sentenceOfToken[start - 1] == document.sentenceOfToken[pronoun],
        let subject = subjects(ofClauseAt: start - 1).first
      {
        return subject.entity
      }
    }
    return pronouns.resolve(pronoun).flatMap { isActor($0) ? $0 : nil }
  }

  /// True for an entity that can take a stance: a person, organisation or country (a state or
  /// town is where actors are: "Sen. Cole (Ohio)", "BRADFORD, Ohio —", unless it acts as a
  /// clause's subject: ``isActingPlace(_:clauseStart:)``), not the topic, nor a
  /// lone word for a member of a party or people, which mostly qualifies a noun ("Republican
  /// nominee", "a Democrat"): "Democrats" as a body stays an actor.
  func isActor(_ entity: Int) -> Bool {
    let named = entities.entities[entity]
    switch named.type {
    case .other: return false
    case .place: guard isCountry[entity] else { return false }
    case .person, .organization: break
    }
    return entity != topic && !Self.isMemberWord(named)
  }

  /// True for a state or town that acts: named first in its clause (past "the") and followed
  /// by its verb ("Texas sued to block the order", "Arizona has rejected the plan"), not set
  /// off by a comma or a bracket as where someone is.
  private func isActingPlace(_ mention: EntityMention, clauseStart: Int) -> Bool {
    let tokens = document.tokens
    let first = mention.tokens.lowerBound
    let next = mention.tokens.upperBound
    guard entities.entities[mention.entity].type == .place, mention.entity != topic, next < tokens.count,
      first == clauseStart || first == clauseStart + 1 && tokens.lower(clauseStart) == "the"
    else { return false }
    return document.isLowerCaseVerb(next)
  }

  /// True for a person named by one singular word for a member of a party, faith or people.
  static func isMemberWord(_ entity: Entity) -> Bool {
    entity.type == .person && !entity.name.containsASCII(" ") && !entity.name.hasSuffix("s")
      && PeopleNames.table.contains(entity.name.lowercased())
  }


}
