/// Picks the article's main topics: the things (not actors) it names most, the headline
/// counting extra. A weapon system, a law or an event makes a topic; countries and people
/// are the actors who take stances on it.
struct TopicFinder {
  let document: Document
  let entities: EntityTable

  /// How many of the leading entities stances are found on: the article's main topic, and a
  /// second one when it is nearly as central (``ranked(_:)``); the leading phrase as well
  /// (``AnnotationsJoiner/withStances(_:)``).
  static let withStances = 2

  /// How much a mention of each type counts toward being the topic.
  static func weight(_ type: EntityType) -> Double {
    switch type {
    case .other: return 3
    case .organization: return 1
    case .place, .person: return 0.5
    }
  }

  /// How strongly each entity stands for a topic. News outlets never do, nor a party's word for
  /// its members ("Republican", as in "the Republican convention"); an actor, a cited source
  /// (`sources`), a name of no known kind, or a thing the body names only once, only when the
  /// headline names it.
  func scores(sources: Set<Int>) -> [Double] {
    var scores = [Double](repeating: 0, count: entities.entities.count)
    var counts = [Int](repeating: 0, count: entities.entities.count)
    var inHeadline = Set<Int>()
    let subjects = headlineSubjects()
    var settings = 0
    for (number, mention) in entities.mentions.enumerated() {
      let block = document.blocks[document.blockOfToken[mention.tokens.lowerBound]]
      guard !block.isBoilerplate else { continue }
      let weight = Self.weight(entities.entities[mention.entity].type)
      let isSetting = block.isHeadline && isSetting(mention, in: block.tokens)
      if isSetting { settings += 1 }
      let counted = block.isHeadline && !subjects.contains(number) && !isSetting
      scores[mention.entity] += counted ? 3 * weight : weight
      counts[mention.entity] += 1
      if counted { inHeadline.insert(mention.entity) }
    }
    // "Ruiz Wins Ohio's Primary": with nothing else in the headline, the one who acts in the
    // setting is what the article is about.
    if inHeadline.isEmpty, settings > 0 {
      for number in subjects {
        let mention = entities.mentions[number]
        scores[mention.entity] += 2 * Self.weight(entities.entities[mention.entity].type)
        inHeadline.insert(mention.entity)
      }
    }
    for index in scores.indices
    where entities.sourceTypes[index] != nil || ClauseSubjects.isMemberWord(entities.entities[index])
      || (!inHeadline.contains(index)
        && (sources.contains(index) || entities.entities[index].type != .other || entities.confidences[index] < 2 || counts[index] < 2))
    {
      scores[index] = 0
    }
    if let actor = dominantActor(counts: counts), !scores.contains(where: { $0 >= Self.least }) { scores[actor] = Self.least }
    return scores
  }

  /// True when `mention`, in the headline block `block`, is a place named as where a contest
  /// happens, which no one takes a side on: right before a contest, past words of its kind
  /// ("Ohio Primary", "Ohio's Democratic primary"), after a contest and "for" ("the battle for
  /// Ohio"), after a verb of winning or losing ("Wins Ohio"), or after a preposition of place
  /// ("Campaigns In Ohio").
  private func isSetting(_ mention: EntityMention, in block: Range<Int>) -> Bool {
    guard entities.entities[mention.entity].type == .place else { return false }
    let tokens = document.tokens
    var after = mention.tokens.upperBound
    if after < block.upperBound, tokens[after].kind == .possessive { after += 1 }
    while after < block.upperBound, ContestNouns.kinds.contains(tokens.lower(after)) { after += 1 }
    if after < block.upperBound, ContestNouns.all.contains(tokens.lower(after)) { return true }
    let before = mention.tokens.lowerBound - 1
    if before >= block.lowerBound, ContestNouns.outcomes.contains(tokens.lower(before)) { return true }
    if before > block.lowerBound, tokens.lower(before) == "for", ContestNouns.all.contains(tokens.lower(before - 1)) { return true }
    return PlaceEvidence(document: document).followsPlacePreposition(mention.tokens)
  }

  /// The least score of a topic (``ranked(_:)``).
  static let least = 3.0

  /// The person or organisation an article names far more than any other, at least five times
  /// and twice as often as the next (`counts`, mentions by entity): the topic when nothing else
  /// is one ("Michelle Obama made America pay attention", a profile with no name in its
  /// headline). Outlets and lone party words ("Republican") never are.
  private func dominantActor(counts: [Int]) -> Int? {
    let actors = counts.indices.filter { index in
      let entity = entities.entities[index]
      return (entity.type == .person || entity.type == .organization) && entities.sourceTypes[index] == nil
        && !ClauseSubjects.isMemberWord(entity)
    }.sorted { counts[$0] > counts[$1] }
    guard let first = actors.first, counts[first] >= 5 else { return nil }
    return actors.count < 2 || counts[first] >= 2 * counts[actors[1]] ? first : nil
  }

  /// The mentions (by index) that open a headline as its subject, before what they act on or
  /// speak of: "Ruiz Backs Lee's Plan", "Ruiz: Lee Was Right", "Ruiz, stumping for Lee, Hits
  /// Ortega", "31 Voters Share Their Thoughts On Lee". The one who acts is an actor; the
  /// headline's topic is what follows.
  func headlineSubjects() -> Set<Int> {
    let tokens = document.tokens
    var subjects = Set<Int>()
    var number = 0
    let mentions = entities.mentions
    while number < mentions.count {
      let first = mentions[number]
      let blockIndex = document.blockOfToken[first.tokens.lowerBound]
      let block = document.blocks[blockIndex]
      var next = number + 1
      while next < mentions.count, document.blockOfToken[mentions[next].tokens.lowerBound] == blockIndex { next += 1 }
      defer { number = next }
      guard block.isHeadline,
        (block.tokens.lowerBound..<first.tokens.lowerBound).allSatisfy({ tokens[$0].kind == .number || tokens[$0].is(.determiner) }),
        mentions[(number + 1)..<next].contains(where: { $0.entity != first.entity }),
        first.tokens.upperBound < block.tokens.upperBound
      else { continue }
      let after = first.tokens.upperBound
      // "Burma Leader Visits …", "Anti-Ruiz Groups …": an actor's name describing the one who
      // acts may be the topic. A thing's name there only describes them ("Gold Medal Winner").
      if tokens[after].isWord, SpeakerNouns.contains(tokens.lower(after)), entities.entities[first.entity].type != .other {
        continue
      }
      // "Ruiz, stumping for Lee, …": an aside after a comma leaves Ruiz the one who acts; a
      // name after it makes a list ("Ruiz, Lee Clash …").
      let aside = tokens.text(after) == "," && after + 1 < block.tokens.upperBound && tokens[after + 1].isWord
        && !tokens[after + 1].isCapitalized
      if tokens.text(after) == ":" || aside || tokens[after].isWord && !["and", "or", "&"].contains(tokens.lower(after)) {
        subjects.insert(number)
      }
    }
    return subjects
  }

  /// The topics among `scores` (by index), strongest first: at most three, the best scoring at
  /// least 3 and the others at least 0.6 of it.
  static func ranked(_ scores: [Double]) -> [Int] {
    let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
    guard let best = ranked.first, scores[best] >= least else { return [] }
    return ranked.prefix(3).filter { scores[$0] >= scores[best] * 0.6 }
  }

  /// The topics among `scores`, ranked as by ``ranked(_:)`` among the entities and among the
  /// phrases (``PhraseTopic``, where `isPhrase`) apart, then strongest first: a bill or a plan
  /// does not push the people an article is about off the list, nor they it.
  static func ranked(_ scores: [Double], isPhrase: (Int) -> Bool) -> [Int] {
    let (phrases, entities) = (scores.indices.filter(isPhrase), scores.indices.filter { !isPhrase($0) })
    let both = ranked(entities.map { scores[$0] }).map { entities[$0] } + ranked(phrases.map { scores[$0] }).map { phrases[$0] }
    return both.sorted { scores[$0] > scores[$1] }
  }
}
