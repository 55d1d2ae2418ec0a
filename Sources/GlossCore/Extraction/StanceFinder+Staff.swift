/// Staff side with the one they serve: a spokeswoman, an adviser or a campaign manager takes the
/// side of the actor they work for when the article gives them none of their own, and a
/// spokesperson, who speaks for the actor, lends the actor theirs ("the plan is a fraud," said
/// Bray spokeswoman Lisa Hart: Bray opposes the plan too). Former staff ("a former adviser to
/// Bray", "Bray's fired campaign manager") serve no one.
extension StanceFinder {
  /// A staff member and the actor they serve, with the words that say so.
  struct Service {
    var member: Int
    var principal: Int
    var span: Span
    /// True for a spokesperson ("spokeswoman", "press secretary"): their words are the actor's.
    var speaksFor: Bool
  }

  /// Every staff member the article names with the actor they serve: the name before the staff
  /// noun, owned or not, past a few lower-case words ("Bray spokeswoman Lisa Hart", "Bray's
  /// senior adviser, Lisa Hart"), or after "for" or "to" ("Lisa Hart, a spokeswoman for Bray").
  /// Both must be actors, neither the topic.
  func services(_ subjects: ClauseSubjects) -> [Service] {
    let tokens = document.tokens
    var found: [Service] = []
    // A bit of the word's class first: this runs for every word of the article.
    for index in tokens.indices where tokens[index].is(.stance) || tokens[index].is(.staffHead) {
      guard isStaff(index), !isFormer(staffAt: index), let member = apposed(to: index), entities.entities[member.entity].type == .person,
        let principal = principal(ofStaffAt: index), principal.entity != member.entity,
        subjects.isActor(member.entity), subjects.isActor(principal.entity),
        member.entity != topicEntity, principal.entity != topicEntity
      else { continue }
      let start = min(member.span.start, principal.span.start)
      let end = max(member.span.end, principal.span.end, tokens[index].span.end)
      let speaksFor = StanceWords.spokespeople.contains(tokens.lower(index)) || tokens.lower(index) == "secretary"
      found.append(Service(member: member.entity, principal: principal.entity, span: Span(start, end), speaksFor: speaksFor))
    }
    return found
  }

  /// True when a word of the three before the staff noun at `index`, in its sentence, says the
  /// post is past ("former", "fired", "ex-": "Ortega's fired campaign manager").
  private func isFormer(staffAt index: Int) -> Bool {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    return (max(sentence.lowerBound, index - 3)..<index).contains { back in
      let lower = tokens.lower(back)
      return StanceWords.pastPosts.contains(lower) || lower.hasPrefix("ex-")
    }
  }

  /// The actor the staff noun at `index` serves: named before it ("Bray spokeswoman", "Bray's
  /// campaign manager", "a Bray adviser"), or after "for" or "to" ("adviser to Gov. Bray").
  private func principal(ofStaffAt index: Int) -> EntityMention? {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var back = index - 1
    while back > sentence.lowerBound, index - back <= 3, entities.mention(at: back) == nil,
      tokens[back].kind == .possessive || tokens[back].isWord && !tokens[back].isCapitalized
        && !FunctionWords.nounMarkers.contains(tokens.lower(back))
    {
      back -= 1
    }
    if back >= sentence.lowerBound, let mention = entities.mention(at: back) { return mention }
    guard index + 2 < sentence.upperBound, ["for", "to"].contains(tokens.lower(index + 1)) else { return nil }
    return mention(past: index + 2, in: sentence)
  }

  /// Evidence of a side for actors with none, from the actor they serve or who serves them
  /// when that one has a single side in `evidence` (the polar evidence found so far): the
  /// words naming the service, then the other's evidence.
  func servedEvidence(_ evidence: [Evidence], _ subjects: ClauseSubjects) -> [Evidence] {
    guard !evidence.isEmpty else { return [] }
    var sides: [Int: Set<Polarity>] = [:]
    for item in evidence { sides[item.actor, default: []].insert(item.polarity) }
    var found: [Evidence] = []
    var given = Set<Int>()
    for service in services(subjects) {
      var pairs = [(holder: service.principal, taker: service.member)]
      if service.speaksFor { pairs.append((service.member, service.principal)) }
      for (holder, taker) in pairs {
        guard sides[taker] == nil, !given.contains(taker), let side = sides[holder], side.count == 1, let polarity = side.first
        else { continue }
        given.insert(taker)
        found.append(Evidence(actor: taker, polarity: polarity, span: service.span, kind: .service))
        found += evidence.filter { $0.actor == holder }.map { Evidence(actor: taker, polarity: polarity, span: $0.span, kind: .service) }
      }
    }
    return found
  }
}
