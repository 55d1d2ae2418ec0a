/// Weighs what the article says around every mention of a lone unknown word ("Socotra",
/// "Temescal") to tell a place from a person: "in Socotra", "the island of Socotra", "Socotra is
/// an island", "the village Socotra" against "Socotra said", "Dr. Socotra". One mention's
/// neighbours decide little (but a noun for a place before it); all of them together decide the
/// entity.
struct PlaceEvidence {
  let document: Document

  /// True when some mention of the word stands where places stand and none where people do;
  /// two such mentions for a word that is also a person's name ("York", "Chandler").
  func favoursPlace(_ mentions: [Range<Int>]) -> Bool {
    let classifier = EntityClassifier(document: document)
    let first = document.tokens[mentions[0].lowerBound]
    let needed = first.is(.givenName) || first.is(.familyName) ? 2 : 1
    var places = 0
    for range in mentions {
      if classifier.hasPersonContext(range) || classifier.endsInYear(range.upperBound) { return false }
      if isNamedByPlaceNoun(range) {
        places += needed
      } else if followsPlacePreposition(range) || isPredicatedPlace(range) || isPartOfPlace(range) {
        places += 1
      }
    }
    return places >= needed
  }

  /// True when some mention of a lone word the lexicons know as a place has a title, speaks or
  /// leads and none stands where places do: "President Obama", "Obama said" or "the Obama
  /// administration", a small town's name that the article gives a person, and no "in Obama"
  /// anywhere.
  func favoursPerson(_ mentions: [Range<Int>]) -> Bool {
    let tokens = document.tokens
    let classifier = EntityClassifier(document: document)
    var person = false
    for range in mentions {
      if isNamedAsPlace(range) || followsPlacePreposition(range) { return false }
      let after = range.upperBound < tokens.count ? tokens.lower(range.upperBound) : ""
      // "Senator Ruiz of Ohio said", "(R-Ohio) said": the verb is the person's before it.
      let before = range.lowerBound > 0 ? tokens.lower(range.lowerBound - 1) : ""
      let speaks = Self.speechVerbs.contains(after) && !["of", "from", "-", "(", ","].contains(before)
      // "President Obama", not "former Ohio Gov. Ann Cole": a title that is no qualifier, and no
      // title or role after the name.
      person = person || speaks || classifier.isTitled(range) && !classifier.qualifiesRole(range) || Self.leadersNouns.contains(after)
    }
    return person
  }

  /// True when the lone word is used as the surname of someone the article named before rather
  /// than as a town: it stands as a verb's subject ("Ruiz won", "Ruiz was leading") more often
  /// than it qualifies a noun ("a Ruiz supporter", "Ruiz police"), and never before a comma and
  /// a known place ("Ruiz, Texas").
  func readsAsSurname(_ mentions: [Range<Int>]) -> Bool {
    let tokens = document.tokens
    var subjects = 0
    var qualifiers = 0
    for range in mentions {
      let next = range.upperBound
      guard next < tokens.count else { continue }
      if tokens.text(next) == ",", next + 1 < tokens.count, document.names.kind(next + 1)?.isPlace == true { return false }
      guard tokens[next].isWord, !tokens[next].isCapitalized else { continue }
      if document.isVerb(next, strict: true) {
        subjects += 1
      } else if !tokens[next].is(.determiner), !tokens[next].is(.preposition), !tokens[next].is(.connector),
        !tokens[next].is(.neverName)
      {
        // A noun, most likely: a word of no closed class after the name.
        qualifiers += 1
      }
    }
    return subjects > qualifiers
  }

  /// Verbs of speech that only a person does ("Ohio continues", "the Ohio state senator" are no
  /// speech).
  static let speechVerbs: Set<String> = ["said", "says", "told", "tweeted"]

  /// Nouns after a name that make it a leader's: "the Obama administration".
  static let leadersNouns: Set<String> = ["administration"]

  /// True when the article says in so many words that the mention at `range` is a place: "the
  /// town of Quellan", "the capital of Quellany", "Socotra is an island".
  func isNamedAsPlace(_ range: Range<Int>) -> Bool {
    isNamedByPlaceNoun(range) || isPartOfPlace(range) || isPredicatedPlace(range)
  }

  /// "in Socotra", "across Temescal": a preposition of place right before, and no possessive
  /// after ("in Ruiz's book" speaks of a book); nor a word for members of a party or people that
  /// names no place before a noun it qualifies ("in Republican politics", "at Varlish rallies").
  func followsPlacePreposition(_ range: Range<Int>) -> Bool {
    let before = range.lowerBound - 1
    guard before >= 0, Self.prepositions.contains(document.tokens.lower(before)) else { return false }
    if range.count == 1, document.names.kind(range.lowerBound) == nil, document.namesPeople(range),
      EntityClassifier(document: document).isFollowedByNoun(range)
    {
      return false
    }
    return !isPossessive(after: range)
  }

  /// "Socotra is an island", "Temescal was a small neighbourhood": a copula, an article, at most
  /// two more words, then a noun for a place.
  private func isPredicatedPlace(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    var index = range.upperBound
    guard index + 2 < tokens.count, ["is", "was"].contains(tokens.lower(index)),
      ["a", "an", "the"].contains(tokens.lower(index + 1))
    else { return false }
    index += 2
    let end = min(index + 3, tokens.count)
    while index < end, tokens[index].isWord {
      // "Redbank is the city's largest employer": the city owns what Redbank is.
      if tokens[index].is(.placeHead) || Self.placeNouns.contains(tokens.lower(index)) { return !isPossessive(after: index..<index + 1) }
      index += 1
    }
    return false
  }

  /// "the capital of Quellany", "the island of Rekmo", "north of Tavish": a noun for a place, or
  /// a point of the compass, then "of" right before the name.
  private func isPartOfPlace(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    let of = range.lowerBound - 1
    guard of >= 1, tokens.lower(of) == "of", !isPossessive(after: range) else { return false }
    let noun = tokens.lower(of - 1)
    return tokens[of - 1].is(.placeHead) || Self.placeNouns.contains(noun) || Places.compassWords.contains(noun)
  }

  /// "the town of Quellan", "the villages Rekmo and Tavish", "the river Orsk": a noun that heads
  /// names of places (``Places/headWords``, ``placeNouns``), singular or plural, then "of" or
  /// the name itself. Such a noun names a place whatever the name is also a person's, so one
  /// mention is enough.
  private func isNamedByPlaceNoun(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    // "the state Republicans": members of a party or a people are no place.
    guard !isPossessive(after: range), !document.namesPeople(range) else { return false }
    var noun = range.lowerBound - 1
    if noun >= 1, tokens.lower(noun) == "of" {
      noun -= 1
    } else if noun < 1 || !CommonWords.determiners.contains(tokens.lower(noun - 1)) {
      return false
    }
    guard noun >= 0, tokens[noun].isWord, !tokens[noun].isCapitalized else { return false }
    return SpeakerNouns.matchesSingular(tokens.lower(noun)) { Places.headWords.contains($0) || Self.placeNouns.contains($0) }
  }

  private func isPossessive(after range: Range<Int>) -> Bool {
    range.upperBound < document.tokens.count && document.tokens[range.upperBound].kind == .possessive
  }

  /// Prepositions that put what follows them on a map.
  /// "from" is not one: people send and take things from one another.
  static let prepositions: Set<String> = WordList.words("in at near outside across into throughout around towards")

  /// Nouns for places that are not heads of place names ("a neighbourhood", "a suburb").
  static let placeNouns: Set<String> = WordList.words(
    """
    neighbourhood neighborhood suburb capital country state archipelago municipality area
    settlement kingdom realm destination resort
    """)
}
