/// Who holds the stance a stance word shows: the name beside a holder noun ("supporter"), the
/// agent of a passive, the one named before "who", the object of a verb of judging, the owner
/// of a possessive, a pronoun right before the word, or the subjects of its clause.
extension StanceFinder {
  /// Who a stance word at `index` belongs to: the agent of a passive, the one named before its
  /// "who" (``relativeAntecedent(of:)``), the object of a verb of judging
  /// (``accusedObjects(of:_:)``), the owner of a possessive before it, a pronoun right before
  /// it, else the subjects of its clause (or of the clause before "but" when its own has none).
  func actors(of index: Int, _ subjects: ClauseSubjects) -> [EntityMention] {
    let tokens = document.tokens
    if isHolder(index) {
      if let mention = apposed(to: index) { return subjects.isActor(mention.entity) ? [mention] : [] }
      return complementSubject(of: index, subjects).map { [$0] } ?? []
    }
    if let agent = agent(of: index) { return subjects.isActor(agent.entity) ? [agent] : [] }
    if isUnnamedRelative(index) { return [] }
    if let named = relativeAntecedent(of: index), subjects.isActor(named.entity) { return [named] }
    if let objects = accusedObjects(of: index, subjects) { return objects.filter { subjects.isActor($0.entity) } }
    var back = index - 1
    var steps = 0
    while back >= 0, steps < 4, tokens[back].isWord || tokens[back].kind == .possessive {
      let lower = tokens.lower(back)
      if ClauseSubjects.possessivePronouns.contains(lower) {
        // "her friends attacked X": the friends' owner holds no stance by them; "Ortega and his
        // friends attacked X": the one joined to them does.
        if subjects.ownsPeople(from: back + 1, before: index) {
          if back > 0, tokens.lower(back - 1) == "and" { break }
          return []
        }
        return subjects.resolve(back).map { [EntityMention(tokens: back..<back + 1, span: tokens[back].span, entity: $0)] } ?? []
      }
      if tokens[back].kind == .possessive {
        var owner = back - 1
        while owner >= 0, back - owner <= 3, entities.mention(at: owner) == nil, tokens[owner].isWord, !tokens[owner].isCapitalized {
          owner -= 1
        }
        if owner >= 0, let mention = entities.mention(at: owner) {
          return subjects.isActor(mention.entity) && !subjects.ownsPeople(from: back + 1, before: index) ? [mention] : []
        }
        return []
      }
      if ["it", "he", "she", "they"].contains(lower), back == index - 1 {
        return subjects.resolve(back).map { [EntityMention(tokens: back..<back + 1, span: tokens[back].span, entity: $0)] } ?? []
      }
      if tokens[back].isCapitalized || Document.auxiliaries.contains(lower) { break }
      back -= 1
      steps += 1
    }
    let found = subjects.subjects(ofClauseAt: index)
    // "X praised it but condemned …": a clause opening on its verb after "but" shares the
    // subject of the clause before.
    let start = subjects.clauseStart(of: index)
    if found.isEmpty, start >= 2, index - start <= 2, tokens.lower(start - 1) == "but",
      document.sentenceOfToken[start - 2] == document.sentenceOfToken[index],
      !(start..<index).contains(where: { entities.mention(at: $0) != nil || tokens[$0].isPunctuation })
    {
      return subjects.subjects(ofClauseAt: start - 2)
    }
    return found
  }

  /// True when the word at `index` is the verb of a relative clause on an indefinite pronoun, a
  /// plural noun or a number other than a year, none of them anyone named: "promised to fight
  /// anyone who criticises X", "voters who have backed X", "twelve delegates to the 39 who back
  /// X". "Ruiz, a moderate who backs X," and "Ruiz is the only senator who backs X" are Ruiz's,
  /// as is "Ruiz is one of the voters who back X".
  func isUnnamedRelative(_ index: Int) -> Bool {
    let tokens = document.tokens
    guard let who = subjectWho(of: index), tokens.lower(who) == "who", who > 0 else { return false }
    let noun = who - 1
    let lower = tokens.lower(noun)
    // A number of four digits is a year ("the only senator since 2016 who …"), no group.
    let isCount = tokens[noun].kind == .number && tokens.text(noun).utf8.count != 4
    guard isCount || tokens[noun].isWord && !tokens[noun].isCapitalized && entities.mention(at: noun) == nil
      && (Self.indefinites.contains(lower) || lower.hasSuffix("s") && !lower.hasSuffix("ss"))
    else { return false }
    // A predicate ("Ruiz is one of the voters who") or an apposition ("Ruiz, the voters'
    // favourite who") says who they are.
    let sentence = document.sentences[document.sentenceOfToken[index]]
    return !(max(sentence.lowerBound, noun - 4)..<noun).contains { at in
      FunctionWords.beForms.contains(tokens.lower(at)) || tokens.text(at) == ","
    }
  }

  /// The one named before the "who" that is the subject of the word at `index`, right before
  /// it or before an apposition: "said Jane Roe, a former governor, who supports X" is Roe's,
  /// whoever a clause before it names, and "Jane Roe of Ohio, who" is Roe's (``bearer(of:)``).
  /// Nil when no name stands there ("the only senator who backs X" is left to the clause's
  /// subject), or when the name follows a denial or a noun for a person and a preposition,
  /// where "who" may stand for the one before it: "it was Lee, not Roe, who", "the brother of
  /// Sen. Roe, who", "an aide to Roe, who" (not "tied the bill to Roe, who").
  func relativeAntecedent(of index: Int) -> EntityMention? {
    let tokens = document.tokens
    guard let who = subjectWho(of: index), tokens.lower(who) == "who" else { return nil }
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var back = who - 1
    if back > sentence.lowerBound, tokens.text(back) == "," { back -= 1 }
    guard back >= sentence.lowerBound else { return nil }
    var named = entities.mention(at: back)
    if named == nil {
      while back > sentence.lowerBound, who - back <= 10, tokens.text(back) != ",", !tokens[back].isPunctuation || tokens.text(back) == "." {
        back -= 1
      }
      guard back > sentence.lowerBound, tokens.text(back) == "," else { return nil }
      named = entities.mention(at: back - 1)
    }
    guard let named else { return nil }
    let bearer = bearer(of: named)
    guard bearer.tokens == named.tokens else { return bearer }
    var before = named.tokens.lowerBound - 1
    while before > sentence.lowerBound, tokens[before].is(.title) { before -= 1 }
    guard before > sentence.lowerBound else { return named }
    let lower = tokens.lower(before)
    let denied = StanceWords.isNegation(lower) || lower == "than"
    let ofPerson = FunctionWords.prepositions.contains(lower) && SpeakerNouns.isKindOfPerson(tokens.lower(before - 1))
    return denied || ofPerson ? nil : named
  }

  /// Who the object of a verb of judging (``StanceWords/judging``) is said to be by a stance
  /// word in "-ing" after "of" or "for" at `index`: "accused him of endorsing X", "praised Ruiz
  /// and Lee for supporting X" are his, Ruiz's and Lee's, not the accuser's, and "faulted Ruiz
  /// for not supporting X" is Ruiz's too. A pronoun object is resolved to anyone but the
  /// accuser and the topic.
  /// Empty when the object is no one named ("criticized the mayor for opposing X"); nil when
  /// no verb of judging stands before the object.
  func accusedObjects(of index: Int, _ subjects: ClauseSubjects) -> [EntityMention]? {
    let tokens = document.tokens
    var particle = index - 1
    if particle > 0, StanceWords.isNegation(tokens.lower(particle)) { particle -= 1 }
    guard particle >= 2, tokens.lower(index).hasSuffix("ing"), ["of", "for"].contains(tokens.lower(particle)) else { return nil }
    let sentence = document.sentences[document.sentenceOfToken[index]]
    var objects: [EntityMention] = []
    var verb = particle - 1
    // Back over the object to the verb: names joined by commas and "and", titles, nouns and
    // their determiners, a pronoun ("won praise from Gov. Roe for opposing X" has no verb of
    // judging's object).
    while verb > sentence.lowerBound, particle - verb <= 12, !StanceWords.judging.contains(tokens.lower(verb)) {
      if let named = entities.mention(at: verb) {
        objects.append(named)
        verb = named.tokens.lowerBound - 1
        continue
      }
      let lower = tokens.lower(verb)
      let isNoun = tokens[verb].isWord && !tokens[verb].isCapitalized && !FunctionWords.isFunctionWord(lower)
      let joins = lower == "," || lower == "and" || FunctionWords.nounMarkers.contains(lower)
      guard isNoun || joins || tokens[verb].is(.title) || Self.objectPronouns.contains(lower) else {
        return nil
      }
      verb -= 1
    }
    guard verb >= sentence.lowerBound, StanceWords.judging.contains(tokens.lower(verb)), verb + 1 < particle else { return nil }
    let object = verb + 1
    if particle - object == 1, Self.objectPronouns.contains(tokens.lower(object)) {
      // Never the accuser (the subject of the clause, or the one named right before the verb),
      // nor the topic, which the stance word bears on.
      var accuser = verb - 1
      while accuser > sentence.lowerBound, Document.auxiliaries.contains(tokens.lower(accuser)) { accuser -= 1 }
      var excluded = Set(subjects.subjects(ofClauseAt: object).map(\.entity) + [topicEntity].compactMap { $0 })
      if let named = entities.mention(at: accuser) { excluded.insert(named.entity) }
      if FunctionWords.nominativePronouns.contains(tokens.lower(accuser)), let pronoun = subjects.resolve(accuser) {
        excluded.insert(pronoun)
      }
      guard let entity = pronouns.resolve(object, excluding: excluded) else { return [] }
      return [EntityMention(tokens: object..<object + 1, span: tokens[object].span, entity: entity)]
    }
    return objects.reversed()
  }

  /// Pronouns that stand for a verb's object: those that stand only so, and "her".
  static let objectPronouns = FunctionWords.objectPronouns.union(["her"])

  /// Pronouns for people left unnamed.
  static let indefinites: Set<String> = WordList.words(
    "anyone anybody everyone everybody nobody those others people many most some several few all")

  /// True when the word at `index` is a holder noun (``StanceWords/holders``) or the last noun
  /// of a staff compound ("campaign manager").
  func isHolder(_ index: Int) -> Bool {
    StanceWords.holders.contains(document.tokens.lower(index)) || isStaffCompound(index)
  }

  /// True when the word at `index` names staff: a staff noun, or a staff compound.
  func isStaff(_ index: Int) -> Bool {
    StanceWords.staff.contains(document.tokens.lower(index)) || isStaffCompound(index)
  }

  /// True when the word at `index` ends a staff compound: "campaign manager", "running mate".
  func isStaffCompound(_ index: Int) -> Bool {
    // A bit of the word's class first: this runs for every word near the topic.
    guard index > 0, document.tokens[index].is(.staffHead), let firsts = StanceWords.staffCompounds[document.tokens.lower(index)]
    else { return false }
    return firsts.contains(document.tokens.lower(index - 1))
  }

  /// Who a holder noun at `index` says something of when it follows a verb joining them: "Ruiz
  /// has been a consistent supporter of", "Ruiz became an outspoken critic of", "Ruiz is among
  /// Lee's critics", "Ruiz is one of Lee's earliest backers". The name right before the verb
  /// and its auxiliaries, or before an apposition there; nil when none, or when it is not an
  /// actor. A pronoun there is left alone: too often it stands for the topic itself.
  func complementSubject(of index: Int, _ subjects: ClauseSubjects) -> EntityMention? {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    let opens = ["a", "an", "among"]
    var back = index - 1
    while back > sentence.lowerBound, index - back <= 6, tokens[back].isWord || tokens[back].kind == .possessive,
      !opens.contains(tokens.lower(back)),
      !(tokens.lower(back) == "of" && tokens.lower(back - 1) == "one")
    {
      back -= 1
    }
    // "one of": the verb stands before "one".
    if back > sentence.lowerBound + 1, tokens.lower(back) == "of", tokens.lower(back - 1) == "one" { back -= 1 }
    guard back > sentence.lowerBound, opens.contains(tokens.lower(back)) || tokens.lower(back) == "one",
      Self.copulas.contains(tokens.lower(back - 1))
    else { return nil }
    var subject = back - 2
    while subject >= sentence.lowerBound, Document.auxiliaries.contains(tokens.lower(subject)) { subject -= 1 }
    // Past an apposition: "Jane Roe, a former judge, has been a supporter of".
    if subject > sentence.lowerBound, tokens.text(subject) == "," {
      var comma = subject - 1
      while comma > sentence.lowerBound, subject - comma < 15, tokens.text(comma) != "," { comma -= 1 }
      if tokens.text(comma) == "," { subject = comma - 1 }
    }
    guard subject >= sentence.lowerBound else { return nil }
    return entities.mention(at: subject).flatMap { subjects.isActor($0.entity) ? $0 : nil }
  }

  /// Verbs that join a subject to what it is: the forms of "be", "become" and "remain".
  static let copulas = FunctionWords.beForms.union(WordList.words("become becomes became remain remains remained"))

  /// The name a holder noun at `index` stands beside: right after it, past titles ("supporter
  /// Jane Roe", "Lee's opponent, Gov. Jane Roe,"), or before it across a comma and an article or an owner
  /// ("Jane Roe, a longtime supporter of", "Jane Roe, Lee's running mate"); a person named
  /// with the place they stand for is the one beside it ("Gov. Jane Roe of Ohio, a Lee ally").
  func apposed(to index: Int) -> EntityMention? {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[index]]
    let afterComma = index + 1 < sentence.upperBound && tokens.text(index + 1) == ","
    var first = afterComma ? index + 2 : index + 1
    while first < sentence.upperBound - 1, tokens[first].is(.title) { first += 1 }
    if first < sentence.upperBound, let mention = entities.mention(at: first),
      !afterComma || mention.tokens.upperBound < sentence.upperBound && [",", "."].contains(tokens.text(mention.tokens.upperBound))
    {
      return mention
    }
    var back = index - 1
    while back > sentence.lowerBound, index - back <= 5, tokens.text(back) != "," { back -= 1 }
    guard back > sentence.lowerBound, tokens.text(back) == "," else { return nil }
    let owner = entities.mention(at: back + 1).map { $0.tokens.upperBound < index && tokens[$0.tokens.upperBound].kind == .possessive }
    guard ["a", "an"].contains(tokens.lower(back + 1)) || owner == true, let named = entities.mention(at: back - 1)
    else { return nil }
    return bearer(of: named)
  }

  /// The person a name `named` after "of" is named with ("Gov. Jane Roe of Ohio", "Jo Roe of
  /// Acme"), else `named` itself.
  private func bearer(of named: EntityMention) -> EntityMention {
    let of = named.tokens.lowerBound - 1
    guard of > 0, document.tokens.lower(of) == "of", document.sentenceOfToken[of - 1] == document.sentenceOfToken[of],
      let person = entities.mention(at: of - 1), entities.entities[person.entity].type == .person
    else { return named }
    return person
  }

  /// The actor named by "by" right after a past participle at `index` ("backed by Seoul",
  /// "praised by the Mayor of Lyon"), past an article and titles.
  func agent(of index: Int) -> EntityMention? {
    let tokens = document.tokens
    guard index + 2 < tokens.count, tokens.lower(index).hasSuffix("ed") || Document.irregularVerbs.contains(tokens.lower(index)),
      tokens.lower(index + 1) == "by", document.sentenceOfToken[index + 2] == document.sentenceOfToken[index]
    else { return nil }
    return mention(past: index + 2, in: document.sentences[document.sentenceOfToken[index]])
  }

  /// The mention at token `start` or past "the" and titles after it ("by the Mayor of Lyon",
  /// "for Gov. Roe"), within `sentence`; nil when none stands there.
  func mention(past start: Int, in sentence: Range<Int>) -> EntityMention? {
    let tokens = document.tokens
    var first = start
    while first < sentence.upperBound - 1, tokens.lower(first) == "the" || tokens[first].is(.title) { first += 1 }
    return first < sentence.upperBound ? entities.mention(at: first) : nil
  }
}
