/// Finds who said a quote from the words around it: a reporting verb ("said", "told",
/// "according to") and its subject, an agent after "by", a name after a dash, or the source an
/// introduction names ("From a Reuters report on Friday:").
struct SpeakerFinder {
  let document: Document
  let entities: EntityTable
  let pronouns: PronounResolver

  private var tokens: TokenList { document.tokens }

  // MARK: Windows

  /// The speaker in the words after a quote: ", he told CNN", ", said Bolden", "- Matthew Ingram".
  func after(_ window: [Int]) -> FoundSpeaker? {
    // A bracketed aside after a name ("Sen. Ortiz (D-N.M.) said") is no part of the clause.
    let words = withoutAsides(window).prefix(20)
    guard let first = words.first else { return nil }
    if Self.dashes.contains(tokens.text(first)), words.count > 1,
      let mention = entities.mention(at: words[words.startIndex + 1]),
      entities.entities[mention.entity].type == .person
    {
      return speaker(mention)
    }
    for (offset, index) in words.enumerated() {
      // "in Allentown, Pa., said": an abbreviation's stop before a comma ends no sentence.
      if [".", "!", "?", ";"].contains(tokens.text(index)), tokens.text(index) != "." || index + 1 >= tokens.count
        || tokens.text(index + 1) != ","
      {
        return nil
      }
      guard isCue(index, in: window) else { continue }
      // "“…” Tuesday, hours after the aide was charged": a verb after "be" is passive, unless
      // "by" names its agent; "Ortiz was saying" is no passive.
      if index > 0, FunctionWords.beForms.contains(tokens.lower(index - 1)), !tokens.lower(index).hasSuffix("ing"),
        index + 1 >= tokens.count || tokens.lower(index + 1) != "by"
      {
        continue
      }
      // "“…,” Ortiz said: “…”": a verb before a colon and a quotation introduces the words after
      // it ("“…,” Ortiz said: that is, …" still speaks the words before).
      if index + 2 < tokens.count, tokens.text(index + 1) == ":", document.isQuotationMark(index + 2) { return nil }
      let cue = cueSpan(index)
      if tokens.lower(index) == "according" {
        return phraseSpeaker(Array(window.drop { $0 <= index + 1 }), cue: cue)
      }
      let region = words.prefix(offset).filter { !tokens[$0].isPunctuation }
      // "… “fixed or scrapped” and said …": the verb shares the subject before the quote. An
      // apposition set off by commas after a person's name is an aside ("…,” Ann Cole, the
      // former governor and a candidate, said).
      let clause = personBeforeApposition(region, cue: index).map { Array($0.tokens) } ?? region
      // "“…” of the case, the opinion said", "“…” and against the law, Cole said": the words
      // after the last comma before the verb may hold its subject alone.
      let lastClause = words.prefix(offset).lastIndex { tokens.text($0) == "," }.map { comma in
        words[(comma + 1)..<(words.startIndex + offset)].filter { !tokens[$0].isPunctuation }
      } ?? []
      var subjectWords = Array(region)
      // "“…” if she loses, said Tom Varek": a verb after a comma with a person after it has its
      // subject there, whatever clause stands before the comma; not one that takes an object
      // (", told Tom Varek").
      let setOff = index > 0 && tokens.text(index - 1) == ","
      let subjectAfter = setOff && !Self.takesObject.contains(tokens.lower(index)) && isPersonNamed(after: index)
      if clause.contains(where: { isConjunction($0) }) {
        // "“…” about jobs and wages, said Tom Varek": a conjunction before the comma joins no
        // subject when the subject follows the verb.
        if !subjectAfter {
          guard !lastClause.isEmpty, !lastClause.contains(where: { isConjunction($0) }), lastClause.contains(where: { isPerson(at: $0) })
          else { return nil }
          subjectWords = lastClause
        }
      } else if isNameAlone(lastClause) {
        // "“…” because she would win, he said", "…, Ann Cole said": a pronoun or a person's name
        // alone after the last comma is the subject, not one in the clause before it.
        subjectWords = lastClause
      }
      var found: FoundSpeaker?
      // "“…” in the last primary, said Ann Cole": a phrase of time or place before the verb is no
      // subject; the subject follows the verb.
      let adjunct = region.first.map { FunctionWords.prepositions.contains(tokens.lower($0)) } ?? false
      if region.isEmpty || subjectAfter || setOff && adjunct {
        // ", says a spokesperson": the subject after the verb; ", telling Radio 9" and ",
        // described the impact as" name its object, and a participle never has its subject
        // after it (", adding that it is why Ortiz “…”": Ortiz is the reported clause's).
        if Self.namesObjectAfter(tokens.lower(index)) { return nil }
        found = phraseSpeaker(Array(window.drop { $0 <= index }), cue: cue, isSubject: true)
      } else {
        found = subject(subjectWords, strongCue: true, cue: cue)
        if found == nil, !lastClause.isEmpty, lastClause != subjectWords {
          found = subject(lastClause, strongCue: true, cue: cue)
        }
      }
      found?.via = via(after: index, in: window)
      return found
    }
    return nil
  }

  /// True when `words` are a nominative pronoun alone or one person's name alone, titles aside.
  private func isNameAlone(_ words: [Int]) -> Bool {
    guard let first = words.first else { return false }
    if words.count == 1, FunctionWords.nominativePronouns.contains(tokens.lower(first)) { return true }
    guard let name = words.first(where: { !tokens[$0].is(.title) }), let mention = entities.mention(at: name),
      entities.entities[mention.entity].type == .person
    else { return false }
    return words.allSatisfy { mention.tokens.contains($0) || tokens[$0].is(.title) }
  }

  /// The person named first in `region`, after titles or a few words of their role and no comma
  /// ("Ann Cole", "harbour pilot Ann Cole"), when an apposition set off by commas follows the
  /// name and ends right before the verb at `cue`.
  private func personBeforeApposition(_ region: [Int], cue: Int) -> EntityMention? {
    guard let start = region.first,
      let mention = region.prefix(5).lazy.compactMap({ self.entities.mention(at: $0) }).first,
      entities.entities[mention.entity].type == .person, mention.tokens.upperBound < cue - 1,
      !(start..<mention.tokens.lowerBound).contains(where: { tokens[$0].isPunctuation || tokens[$0].isCapitalized && !tokens[$0].is(.title) }),
      tokens.text(mention.tokens.upperBound) == ",", tokens.text(cue - 1) == ","
    else { return nil }
    return mention
  }

  /// The speaker a sentence after a quote names when it opens with the attribution (“Will it
  /// pass?” Ortiz asked.): a reporting verb among its first words, with no clause of its own
  /// ("Ortiz said that …" reports something else).
  func attribution(opening sentence: [Int]) -> FoundSpeaker? {
    // "Miller, a retired nurse, said": a person set off by an apposition may push the verb on.
    let name = sentence.first { !Titles.isTitle(tokens.lower($0)) }
    let reach = name.map { isPerson(at: $0) } ?? false ? 20 : 8
    guard let cue = sentence.prefix(reach).firstIndex(where: { isCue($0, in: sentence) }),
      cue + 1 == sentence.endIndex || tokens.lower(sentence[cue + 1]) != "that",
      cue < sentence.startIndex + 8 || personBeforeApposition(Array(sentence[..<cue]), cue: sentence[cue]) != nil
    else { return nil }
    return after(sentence)
  }

  /// True for an adverb set off by a comma at the start of a clause ("Likewise,", "Finally,").
  private func isOpeningAdverb(_ index: Int) -> Bool {
    let lower = tokens.lower(index)
    return (FunctionWords.isMannerAdverb(lower) || lower.hasSuffix("wise")) && index + 1 < tokens.count
      && tokens.text(index + 1) == ","
  }

  /// True for a conjunction that joins a second verb to the subject before a quote, or a clause
  /// with a subject of its own after a comma.
  func isConjunction(_ index: Int) -> Bool { ["and", "but", "or", "then"].contains(tokens.lower(index)) }

  /// True when a person's name covers the token at `index`.
  func isPerson(at index: Int) -> Bool {
    entities.mention(at: index).map { entities.entities[$0.entity].type == .person } ?? false
  }

  /// `window` without the words in brackets, the brackets included.
  private func withoutAsides(_ window: [Int]) -> [Int] {
    guard window.contains(where: { tokens.text($0) == "(" }) else { return window }
    var depth = 0
    return window.filter { index in
      switch tokens.text(index) {
      case "(": depth += 1
      case ")" where depth > 0:
        depth -= 1
        return false
      default: break
      }
      return depth == 0
    }
  }

  /// The speaker in the words before a quote: the nearest reporting verb whose subject is a
  /// speaker ("Kim Heung-kyu, …, says … should “capitalize”"; "Lee was told by … Yang Jiechi").
  func before(_ window: [Int]) -> FoundSpeaker? {
    var position = window.count - 1
    while position >= 0 {
      defer { position -= 1 }
      let index = window[position]
      guard isCue(index, in: window) else { continue }
      let cue = cueSpan(index)
      let rest = Array(window[(position + 1)...])
      if tokens.lower(index) == "according" {
        if let found = phraseSpeaker(Array(rest.dropFirst()), cue: cue) { return found }
        continue
      }
      if let next = rest.first, tokens.lower(next) == "by" {
        if let found = agent(Array(rest.dropFirst()), cue: cue) { return found }
        continue
      }
      if position > 0, FunctionWords.beForms.contains(tokens.lower(window[position - 1])) { continue }
      if let found = insetSpeaker(position, window, cue: cue) { return found }
      // "Lee, who he called “…”": a pronoun right before the verb is its subject, even in a
      // relative clause.
      if let pronoun = pronoun(before: position, in: window) {
        var found = pronounSpeaker(outerPronoun(pronoun) ?? pronoun, cue: cue)
        found.via = via(after: index, in: window)
        return found
      }
      if var found = relativeSpeaker(position, window, cue: cue) ?? personBeforeRelativeClause(position, window, cue: cue) {
        found.via = via(after: index, in: window)
        return found
      }
      if isInRelativeClause(position, window) { continue }
      // "a boy asked for an autograph and Wu said": a person named right before the verb, after a
      // conjunction, is its subject, whatever phrase stands before the conjunction.
      if var found = personAfterConjunction(before: position, in: window, cue: cue) {
        found.via = via(after: index, in: window)
        return found
      }
      var start = position
      let participle = tokens.lower(index).hasSuffix("ing")
      while start > 0, !isClauseBreak(window[start - 1]), !Self.subordinators.contains(tokens.lower(window[start - 1])),
        window[start - 1] + 1 == window[start],
        !isCue(window[start - 1], in: window) || isInRelativeClause(start - 1, window),
        !participle || !isPhraseBreak(window[start - 1])
      {
        start -= 1
      }
      // "at one stage calling X a “coward”": a participle that takes an object speaks for a name,
      // a pronoun or a role or text before it ("the magazine's editorial calling X …"), never for
      // any phrase.
      let objectParticiple = participle && Self.takesObject.contains(tokens.lower(index))
      let strong = ReportingVerbs.strong.contains(tokens.lower(index)) && !objectParticiple
      // "“It is hard,” said the senator, “because …”": a verb right after the first half of a
      // quote has its subject after it, and speaks the second half too.
      if position == 0, index > 0, document.isQuotationMark(index - 1), !Self.takesObject.contains(tokens.lower(index)) {
        if let found = phraseSpeaker(rest, cue: cue, isSubject: true) { return found }
        continue
      }
      // The subject of the verb before speaks when a text right after that verb does ("she
      // released a statement saying “…”"), when this verb is a participle of saying after the
      // object of a verb of speech ("messaged her donors saying “…”"; "found people saying" and
      // "told a crowd chanting" are theirs) or when this verb is joined to it by "and" ("He
      // said the attacks worked and said that …").
      if start > 0, isCue(window[start - 1], in: window),
        isText(window[start..<position])
          || position > start && Self.sayingParticiples.contains(tokens.lower(index))
            && ReportingVerbs.strong.contains(tokens.lower(window[start - 1]))
          || position > start && isConjunction(window[position - 1])
            && !window[start..<position].contains(where: { tokens.text($0) == "," })
      {
        guard var found = before(Array(window[..<start])) else { continue }
        found.cue = cue
        return found
      }
      let region = Array(window[start..<position])
      if var found = subject(region, strongCue: strong, cue: cue) ?? (objectParticiple ? roleSubject(region, cue: cue) : nil)
        ?? (participle ? nil : personBeforeSetOffPhrase(position, window, cue: cue))
      {
        found.via = via(after: index, in: window)
        return found
      }
      // "Rep. Ortiz reacted to the news, saying: …": a participle after a comma shares the
      // subject of the clause it follows.
      if participle, start == position, position > 0, tokens.text(window[position - 1]) == ",",
        let found = subject(Array(window[..<position]), strongCue: false, cue: cue)
      {
        return found
      }
    }
    return nil
  }

  /// The person named right after the verb at `position` of `window` when the two stand set off
  /// by commas inside a sentence: "The plan, said Mia Varek, was “…”", "The trouble, says Lena
  /// Ortiz, an engineer, is …". The words before the first comma are the sentence's subject, not
  /// the speaker. Not after a verb whose object follows it (", told Ana Ruiz, the chief, “…”",
  /// ", asked Ana Ruiz, …", ", saying Ana Ruiz, …").
  private func insetSpeaker(_ position: Int, _ window: [Int], cue: Span) -> FoundSpeaker? {
    let lower = tokens.lower(window[position])
    guard position > 0, position + 1 < window.count, tokens.text(window[position - 1]) == ",",
      !Self.namesObjectAfter(lower), !["ask", "asks", "asked"].contains(lower),
      let mention = entities.mention(at: window[position + 1]), mention.tokens.lowerBound == window[position + 1],
      entities.entities[mention.entity].type == .person
    else { return nil }
    let after = mention.tokens.upperBound
    guard after < tokens.count, tokens.text(after) == "," else { return nil }
    return speaker(mention, cue: cue)
  }

  /// The nominative pronoun right before the word at `position` of `window`, past a "has" or
  /// "is" it is contracted with ("she's said"), if there is one.
  private func pronoun(before position: Int, in window: [Int]) -> Int? {
    var before = position - 1
    if before > 0, isContractedVerb(window[before]), window[before - 1] + 1 == window[before] { before -= 1 }
    guard before >= 0, window[before] + position - before == window[position] else { return nil }
    return FunctionWords.nominativePronouns.contains(tokens.lower(window[before])) ? window[before] : nil
  }

  /// The person named right before the word at `position` of `window`, titles aside, when a
  /// conjunction after a lower-case word stands before the name ("… for an autograph and Wu said").
  private func personAfterConjunction(before position: Int, in window: [Int], cue: Span) -> FoundSpeaker? {
    guard position > 1, window[position - 1] + 1 == window[position], let mention = entities.mention(at: window[position - 1]),
      entities.entities[mention.entity].type == .person, mention.tokens.upperBound == window[position]
    else { return nil }
    var first = mention.tokens.lowerBound - 1
    while first >= 0, tokens[first].is(.title) { first -= 1 }
    // "Lee and Wu said", "the Institute for Science and Security said": names joined are one
    // subject, left to ``subject(_:strongCue:cue:)``.
    guard first > 0, window.contains(first), isConjunction(first), tokens[first - 1].isWord, !tokens[first - 1].isCapitalized
    else { return nil }
    return speaker(mention, cue: cue)
  }

  /// The person before a phrase set off by commas right before the verb at `position` of
  /// `window`: "Ruiz, in a letter issued by his lawyers, said". The phrase opens with a
  /// preposition and names no one, by name, pronoun or relative ("with whom he clashed").
  private func personBeforeSetOffPhrase(_ position: Int, _ window: [Int], cue: Span) -> FoundSpeaker? {
    guard position > 2, tokens.text(window[position - 1]) == "," else { return nil }
    guard let comma = window[..<(position - 1)].lastIndex(where: { tokens.text($0) == "," }), comma > 0,
      comma + 1 < position - 1, isPreposition(window[comma + 1]),
      !window[(comma + 1)..<(position - 1)].contains(where: {
        isPerson(at: $0) || isClauseBreak($0) || FunctionWords.relatives.contains(tokens.lower($0))
          || FunctionWords.pronouns.contains(tokens.lower($0))
      }),
      let mention = entities.mention(at: window[comma - 1]), entities.entities[mention.entity].type == .person
    else { return nil }
    return speaker(mention, cue: cue)
  }

  /// True when the "’s" at `index` is "has" or "is" contracted with a pronoun ("she's said"),
  /// not a possessive.
  private func isContractedVerb(_ index: Int) -> Bool {
    tokens[index].kind == .possessive && index > 0 && FunctionWords.nominativePronouns.contains(tokens.lower(index - 1))
  }

  /// True when `words` are a noun phrase headed by a text ("a brief statement"), no name in it,
  /// and perhaps the day it came ("a statement Tuesday").
  private func isText(_ words: ArraySlice<Int>) -> Bool {
    let phrase = words.last.map { CalendarWords.all.contains(tokens.lower($0)) } == true ? words.dropLast() : words
    guard let last = phrase.last, SpeakerNouns.texts.contains(tokens.lower(last)) else { return false }
    return phrase.allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized }
  }

  /// The speaker a line under a block quote names ("— Elena Varga, EU transport commissioner"):
  /// the first entity in it, else the line up to a comma.
  func attributionLine(_ line: [Int]) -> FoundSpeaker? {
    let words = line.drop { tokens[$0].isPunctuation }
    if let mention = words.lazy.compactMap({ self.entities.mention(at: $0) }).first { return speaker(mention) }
    return phraseSpeaker(Array(words), cue: nil, isSubject: true)
  }

  /// The speaker an introduction names: a news source first, else the subject of its sentence.
  func intro(_ window: [Int]) -> FoundSpeaker? {
    // "Said Ortiz:", "Added the mayor:": a reporting verb opening the introduction has its
    // subject after it.
    if let first = window.first, tokens[first].isCapitalized, ReportingVerbs.strong.contains(tokens.lower(first)),
      let found = phraseSpeaker(Array(window.dropFirst()), cue: tokens[first].span, isSubject: true)
    {
      return found
    }
    // "The Post ran the story, and the Harbour Times replied:": a named subject of its verb.
    if let found = before(window), found.entity != nil { return found }
    for index in window {
      if let mention = entities.mention(at: index), entities.sourceTypes[mention.entity] != nil {
        return speaker(mention)
      }
    }
    for index in window {
      if let mention = entities.mention(at: index), entities.entities[mention.entity].type == .organization {
        return speaker(mention)
      }
    }
    return before(window)
  }

  // MARK: Cues

  func isCue(_ index: Int, in window: [Int]) -> Bool {
    let token = tokens[index]
    // Most words are neither: two bits say so before any spelling is compared.
    guard token.is(.cue) || token.is(.speechIdiom), token.isWord,
      !token.isCapitalized || tokens.lower(of: token) == "according"
    else { return false }
    if tokens.lower(of: token) == "according" {
      return index + 1 < tokens.count && tokens.lower(index + 1) == "to"
    }
    if ["point", "points", "pointed"].contains(tokens.lower(of: token)) {
      return index + 1 < tokens.count && tokens.lower(index + 1) == "out"
    }
    // "“…,” she continued." reports words; "would continue “to break barriers”" does not.
    if ReportingVerbs.beforeMark.contains(tokens.lower(of: token)) {
      return index + 1 >= tokens.count || [",", ":", ".", ";"].contains(tokens.text(index + 1))
    }
    // "“…,” he went on.", "“…,” Lee shot back": a verb of speech only with its particle.
    if let particle = ReportingVerbs.phrasal[tokens.lower(of: token)] {
      return index + 2 < tokens.count && tokens.lower(index + 1) == particle
        && [",", ":", ".", ";"].contains(tokens.text(index + 2))
    }
    // "as one voter put it": the idiom reports words.
    if ["put", "puts"].contains(tokens.lower(of: token)) {
      return index + 1 < tokens.count && tokens.lower(index + 1) == "it"
    }
    return token.is(.cue) && readsAsVerb(index)
  }

  /// True when the cue word at `index` stands as a verb, not a noun ("the report concluded",
  /// "secretary of state"). "State" is a noun ("his home state of Ohio", "in swing states that
  /// vote") but right after its subject: a pronoun, a name of a person or body, or a noun for a
  /// speaker or a text ("the report states that").
  func readsAsVerb(_ index: Int) -> Bool {
    if ["state", "states"].contains(tokens.lower(index)) { return followsSubject(index) }
    return !readsAsNoun(index)
  }

  /// True when the word before `index` can end the subject of a verb at `index`: a pronoun, a
  /// person's or a body's name, members of a people, or a noun for a speaker or a text.
  private func followsSubject(_ index: Int) -> Bool {
    guard index > 0, tokens[index - 1].isWord else { return false }
    let lower = tokens.lower(index - 1)
    if FunctionWords.pronouns.contains(lower) { return true }
    if let mention = entities.mention(at: index - 1) {
      return [.person, .organization].contains(entities.entities[mention.entity].type)
    }
    // "the Saudis state": members of a people speak.
    if document.names.isPluralDemonym(index - 1) { return true }
    // "a former state chair": a word that qualifies a title ends no subject; the noun follows it.
    return !tokens[index - 1].isCapitalized && SpeakerNouns.contains(lower) && !Titles.qualifiers.contains(lower)
  }

  /// True when the word at `index` stands as a noun: "the report concluded", "Ortiz's
  /// comments", "secretary of state": after an article, a possessive or a preposition other
  /// than "to" ("many said", "went on to say" keep their verb), or before a verb of speech.
  private func readsAsNoun(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    // "the new report said": a noun of a text or a statement with a verb of speech right after
    // it is the subject's noun (not before a participle, "was found saying", nor "state").
    if index + 1 < tokens.count, isStatementNoun(tokens.lower(index)), tokens[index + 1].isWord,
      !tokens[index + 1].isCapitalized, case let next = tokens.lower(index + 1), ReportingVerbs.strong.contains(next),
      !next.hasSuffix("ing"), !["state", "states"].contains(next)
    {
      return true
    }
    let previous = tokens[index - 1]
    if previous.kind == .possessive { return !isContractedVerb(index - 1) }
    if previous.is(.determiner) { return FunctionWords.nounMarkers.contains(tokens.lower(index - 1)) }
    if previous.is(.preposition) { return tokens.lower(index - 1) != "to" }
    return isModifiedNoun(index)
  }

  /// True for a plural noun spelt like a verb after an article or possessive and an adjective
  /// ("her opening remarks", "his prepared comments", "their initial claims"); "the clip says"
  /// and "the mayor says" keep their verb.
  private func isModifiedNoun(_ index: Int) -> Bool {
    guard index > 1, tokens.lower(index).hasSuffix("s") else { return false }
    let modifier = tokens[index - 1]
    let lower = tokens.lower(index - 1)
    guard modifier.isWord, !modifier.isCapitalized, Self.adjectiveEndings.contains(where: { lower.hasSuffix($0) }),
      !SpeakerNouns.contains(lower), !modifier.is(.organizationHead)
    else { return false }
    return tokens[index - 2].kind == .possessive || FunctionWords.nounMarkers.contains(tokens.lower(index - 2))
  }

  /// Endings of English adjectives and participles used as adjectives.
  private static let adjectiveEndings = ["ing", "ed", "al", "ive", "ous", "est"]

  /// The cue's span, with its particle ("points out", "according to", "called on").
  private func cueSpan(_ index: Int) -> Span {
    var end = tokens[index].span.end
    let takesParticle = ["according", "call", "calls", "called", "point", "points", "pointed", "put", "puts"]
    if index + 1 < tokens.count, takesParticle.contains(tokens.lower(index)) {
      end = tokens[index + 1].span.end
    }
    return Span(tokens[index].span.start, end)
  }

  /// True for a word that ends the clause a subject is looked for in; "that" only after a verb
  /// ("warn that"), not after a noun ("a rival that focuses on …").
  private func isClauseBreak(_ index: Int) -> Bool {
    let lower = tokens.lower(index)
    guard lower == "that" else { return FunctionWords.clauseBreaks.contains(lower) }
    guard index > 0 else { return true }
    let previous = tokens.lower(index - 1)
    return ReportingVerbs.isCue(previous) || previous == "out" || previous.hasSuffix("ed")
  }

  /// True when the cue at `position` of `window` is the verb of a relative clause ("Akinola,
  /// who wrote his thesis on …, says"): its subject is the noun the clause hangs on.
  private func isInRelativeClause(_ position: Int, _ window: [Int]) -> Bool {
    (max(0, position - 3)..<position).contains { ["who", "which"].contains(tokens.lower(window[$0])) }
  }

  /// The speaker of a relative clause's verb at `position` of `window`, the nearest cue before
  /// the quote ("…, from Ana Lind, who declared in the hall, “…”"): the person or body the clause
  /// hangs on, named right before "who" or ", who", past a bracketed aside and "of" a place
  /// after a person ("Sen. Ana Lind (D-Ore.), who", "Ana Lind of Oregon, who"); the mention is
  /// the "who" that stands for them.
  private func relativeSpeaker(_ position: Int, _ window: [Int], cue: Span) -> FoundSpeaker? {
    let reach = max(0, position - 8)
    guard let back = (reach..<position).last(where: { tokens.lower(window[$0]) == "who" }),
      isVerbPhraseOpening(window[(back + 1)..<position])
    else { return nil }
    let who = window[back]
    // "Ana Lind, who is 45, said": a comma before the verb closes the clause, unless one after
    // "who" opened an aside ("who, on a call Friday, said").
    if tokens.text(window[position] - 1) == ",", tokens.text(who + 1) != "," { return nil }
    var end = who > 0 && tokens.text(who - 1) == "," ? who - 1 : who
    if end > 0, tokens.text(end - 1) == ")", let open = (max(0, end - 8)..<(end - 1)).last(where: { tokens.text($0) == "(" }) {
      end = open
    }
    guard end > 0, var mention = entities.mention(at: end - 1), mention.tokens.upperBound == end else { return nil }
    if mention.tokens.lowerBound > 1, tokens.lower(mention.tokens.lowerBound - 1) == "of",
      let owner = entities.mention(at: mention.tokens.lowerBound - 2), entities.entities[owner.entity].type == .person
    {
      mention = owner
    }
    guard [.person, .organization].contains(entities.entities[mention.entity].type) else { return nil }
    return FoundSpeaker(span: tokens[who].span, entity: mention.entity, name: entities.entities[mention.entity].name, cue: cue)
  }

  /// The same pronoun as the subject of a reporting verb that the clause of `pronoun` reports
  /// ("He said in a statement that he wants “…”", "she says she believes"): the speaker is the
  /// subject of the outer verb, the words the reported clause's.
  private func outerPronoun(_ pronoun: Int) -> Int? {
    var index = pronoun - 1
    while index > 0, index >= pronoun - 10, tokens[index].isWord {
      if tokens.lower(index - 1) == tokens.lower(pronoun), isCue(index, in: [index]) { return index - 1 }
      index -= 1
    }
    return nil
  }

  /// True when a person's name, titles aside, follows the token at `index`.
  private func isPersonNamed(after index: Int) -> Bool {
    var next = index + 1
    while next < tokens.count, tokens[next].is(.title) { next += 1 }
    return next < tokens.count && isPerson(at: next)
  }

  /// The person named before a relative clause set off by commas that ends right before the
  /// verb at `position` of `window`, adverbs aside ("Ana Lind, who founded the party, once
  /// said").
  private func personBeforeRelativeClause(_ position: Int, _ window: [Int], cue: Span) -> FoundSpeaker? {
    var comma = window[position] - 1
    while comma > 0, FunctionWords.isAdverbBeforeVerb(tokens.lower(comma)) {
      comma -= 1
    }
    guard comma > 2, tokens.text(comma) == ",",
      let who = (max(2, comma - 15)..<comma).last(where: { tokens.lower($0) == "who" }), tokens.text(who - 1) == ",",
      !(who + 1..<comma).contains(where: { tokens[$0].isPunctuation || document.isQuotationMark($0) }),
      let mention = entities.mention(at: who - 2), mention.tokens.upperBound == who - 1,
      entities.entities[mention.entity].type == .person
    else { return nil }
    return speaker(mention, cue: cue)
  }

  /// The auxiliary of a perfect and the adverbs that stand between a subject and its verb ("have
  /// also said", "now say", "soon noted"): the words a subject phrase is cut off at its end.
  private static let perfectOrAdverb: Set<String> = WordList.words("has have had now already just soon simply")
    .union(FunctionWords.adverbsBeforeVerb)


  /// True when `words`, between a relative "who" and its verb, hold no verb of their own: only
  /// auxiliaries, adverbs and phrases ("who has in the past described", "who, on a call Friday,
  /// said"), not "who was in charge of sorting the files".
  private func isVerbPhraseOpening(_ words: ArraySlice<Int>) -> Bool {
    !words.contains { index in
      let lower = tokens.lower(index)
      if document.isQuotationMark(index) || Self.sentenceEnds.contains(lower) || isConjunction(index) { return true }
      guard tokens[index].isWord, !Document.auxiliaries.contains(lower) else { return false }
      return lower.hasSuffix("ing") || document.isVerb(index, strict: true)
    }
  }

  /// Marks that end a sentence or a clause of its own.
  private static let sentenceEnds: Set<String> = [".", "!", "?", ";", ":"]

  /// A comma or preposition: the subject of a participle ("with one poster writing") ends there.
  private func isPhraseBreak(_ index: Int) -> Bool {
    tokens.text(index) == "," || FunctionWords.prepositions.contains(tokens.lower(index))
  }

  // MARK: Subjects

  /// Words and marks after which the clause a quote stands in starts.
  private static let clauseOpeners: Set<String> = [";", "while", "whereas", "but", "although", "though", "because"]
  private static let dashes: Set<String> = ["-", "—", "–"]

  /// Relative words that open a clause about a thing ("a clause that requires staffers"): no
  /// speaker phrase holds one ("those who back her" may speak).
  private static let thingRelatives: Set<String> = ["that", "which"]

  /// Participles of saying or writing that go on from a verb of speech ("messaged her donors
  /// saying …"), unlike those of what a crowd does ("chanting", "yelling").
  static let sayingParticiples: Set<String> = WordList.words("saying writing stating adding noting arguing declaring")

  /// Verbs whose object follows them ("described the impact as “…”", "called the plan “…”"):
  /// the words after one are never its subject.
  /// True for a verb whose words after it name its object, never its subject: one that takes
  /// an object (``takesObject``) or a participle (", telling Radio 9", ", adding that …").
  static func namesObjectAfter(_ lower: String) -> Bool { takesObject.contains(lower) || lower.hasSuffix("ing") }

  static let takesObject: Set<String> = WordList.words(
    """
    describe describes described call calls called calling dub dubs dubbed characterize characterizes
    characterized accuse accuses accused praise praises praised urge urges urged tell tells told
    telling
    """)

  /// Words that open a clause of their own: the subject of a verb after one is in that clause
  /// ("the council met on Friday while Mayor Ortiz called the plan “…”").
  static let subordinators: Set<String> = WordList.words("when while whereas although though because after before until")

  /// Words that open a clause after a comma ("…, although he said").
  static let clauseLinks: Set<String> = WordList.words("although though while whereas but and because since as when so yet")

  /// The position in `words` of the comma before a word linking the clause of the verb after
  /// `words` ("although", "and"): the last comma, or the one before a phrase and a name set off
  /// by commas that end `words` ("…, and a watchdog group, Civic Watch,"). Nil when none.
  private func clauseLinkComma(_ words: [Int]) -> Int? {
    func isLink(_ comma: Int) -> Bool {
      comma + 2 < words.count && tokens.text(words[comma]) == "," && Self.clauseLinks.contains(tokens.lower(words[comma + 1]))
    }
    guard let last = words.lastIndex(where: { tokens.text($0) == "," }) else { return nil }
    if isLink(last) { return last }
    guard last == words.count - 1, let opening = words[..<last].lastIndex(where: { tokens.text($0) == "," }),
      opening + 1 < last, let mention = entities.mention(at: words[opening + 1]),
      words[(opening + 1)..<last].allSatisfy({ mention.tokens.contains($0) }),
      let link = words[..<opening].lastIndex(where: { tokens.text($0) == "," }), isLink(link), link + 2 < opening
    else { return nil }
    return link
  }

  /// The subject of a clause: a pronoun, the first person named (past possessives and titles:
  /// "China’s President Xi"), else the first organisation or place that is not inside a
  /// prepositional phrase, else (for strong verbs) the phrase itself ("the post").
  func subject(_ region: [Int], strongCue: Bool, cue: Span) -> FoundSpeaker? {
    var words = region
    // "Two days after Ana Cole announced", "… when the pilots warn": the cue right after the
    // words is the verb of the clause the conjunction opens, whose subject follows it (not after
    // an aside: "Reed, once a critic, said"). A pronoun there may stand for a person named before
    // it ("Cole drew criticism when she said"), and "it" for no one ("although it is fair to
    // say"): the words whole give those.
    if let last = words.last, last + 1 < tokens.count, tokens[last + 1].span.start == cue.start,
      let start = subordinateClauseStart(words), let found = subject(Array(words[start...]), strongCue: strongCue, cue: cue),
      case let text = document.article.string(found.span).lowercased(), !["it", "there"].contains(text),
      !FunctionWords.pronouns.contains(text) || !words[..<start].contains(where: isPerson(at:))
    {
      return found
    }
    // "in a later interview said": the words after a preposition are its object, no subject.
    var opensWithPhrase = false
    // "Around that time, 47 percent said": any phrase opened by a preposition and closed by a
    // comma is set off before the subject; "As many as 300 workers said" opens with its subject.
    if let first = words.first, FunctionWords.introductions.contains(tokens.lower(first)) || isOpeningAdverb(first)
      || isPreposition(first) && words.contains(where: { tokens.text($0) == "," }),
      !opensComparedAmount(words)
    {
      // "In a statement, X said" drops the phrase; "as aid groups warned" and "As Ann Cole, a
      // lawyer, put it" drop the "as".
      let asPerson = tokens.lower(first) == "as" && words.count > 1 && isPerson(at: words[1])
      if !asPerson, let comma = words.firstIndex(where: { tokens.text($0) == "," }) {
        words = Array(words[(comma + 1)...])
      } else {
        opensWithPhrase = FunctionWords.prepositions.contains(tokens.lower(first))
        words = Array(words.dropFirst())
      }
    }
    // "X would go, although he told us": the clause right before the verb has its own subject,
    // also when a name set off by commas ends it ("…, and a watchdog group, Civic Watch, said").
    if let comma = clauseLinkComma(words), let found = subject(Array(words[(comma + 2)...]), strongCue: strongCue, cue: cue) {
      return found
    }
    // "Lee, Ortiz said, had …": a name set off just before the verb is its subject.
    if let comma = words.lastIndex(where: { tokens.text($0) == "," }), comma > 0, comma + 1 < words.count,
      let mention = entities.mention(at: words[comma + 1]), entities.entities[mention.entity].type == .person,
      words[(comma + 1)...].allSatisfy({ mention.tokens.contains($0) || tokens[$0].is(.title) })
    {
      return speaker(mention, cue: cue)
    }
    if let found = setOffSubject(words, cue: cue) { return found }
    // "… to be home, a man yelled": a phrase for a speaker set off after the last comma.
    if let comma = words.lastIndex(where: { tokens.text($0) == "," }), comma + 1 < words.count, strongCue,
      let head = words[(comma + 1)...].firstIndex(where: { tokens[$0].isWord && SpeakerNouns.contains(tokens.lower($0)) }),
      ["a", "an", "one", "another"].contains(tokens.lower(words[comma + 1])), head - comma <= 4,
      !words[(comma + 1)...].contains(where: { isVerbLike($0) || entities.mention(at: $0) != nil })
    {
      return phraseSpeaker(Array(words[(comma + 1)...]), cue: cue, isSubject: true)
    }
    var inPhrase = false
    var fallback: EntityMention?
    var index = 0
    while index < words.count {
      let token = tokens[words[index]]
      if tokens.text(of: token) == "(" {
        while index < words.count, tokens.text(words[index]) != ")" { index += 1 }
      } else if tokens.text(of: token) == "," {
        inPhrase = false
      } else if FunctionWords.prepositions.contains(tokens.lower(of: token)),
        index == 0 || !Titles.isTitle(tokens.lower(words[index - 1]))
      {
        inPhrase = true
      } else if !inPhrase, token.isWord, FunctionWords.pronouns.contains(tokens.lower(of: token)), tokens.lower(of: token) != "it" {
        return pronounSpeaker(words[index], cue: cue)
      } else if let mention = entities.mention(at: words[index]) {
        let type = entities.entities[mention.entity].type
        let next = mention.tokens.upperBound
        let possessive = next < tokens.count && tokens[next].kind == .possessive
        if type == .person, !inPhrase { return speaker(headPerson(after: mention) ?? mention, cue: cue) }
        // "The Ohio governor said": a place that qualifies a role is no speaker (the role is).
        if !inPhrase, !possessive, fallback == nil,
          type == .organization || type == .place && !isPlaceOfPhrase(mention) && !document.isModifier(mention)
        {
          fallback = mention
        }
        if possessive, !inPhrase, type == .person, next + 1 < tokens.count, !tokens[next + 1].isCapitalized {
          return speaker(headPerson(after: mention) ?? mention, cue: cue)
        }
        while index + 1 < words.count, words[index + 1] < mention.tokens.upperBound { index += 1 }
      }
      index += 1
    }
    if let fallback { return speaker(fallback, cue: cue) }
    guard strongCue, !opensWithPhrase else { return nil }
    // "Therefore, harbour pilots said": a connective or a day set off first is no part of the subject.
    let opensWithAdverb = words.count > 2 && tokens.text(words[1]) == "," && FunctionWords.isConnective(tokens.lower(words[0]))
    return phraseSpeaker(Array(words.dropFirst(opensWithAdverb ? 2 : 0)), cue: cue, isSubject: true)
  }

  /// The position in `words` right after a conjunction opening the clause whose verb the cue
  /// is, when that clause's subject is all that follows it: after "when", "while", "because" or
  /// another that only joins clauses, anywhere ("It is a bad sign when the pilots");
  /// after "after", "before", "since", "until" or "as", which may be prepositions, only at the
  /// start of the words, after a comma or after a stretch of time ("Years after Ana Cole", "a
  /// day before the board"), not after a subject ("officials after the meeting"). Nil when there
  /// is none, or when a verb or punctuation follows it (the clause ended before the cue: "Cole,
  /// who spoke while the board met,"; "Cole, though, said").
  private func subordinateClauseStart(_ words: [Int]) -> Int? {
    func opensClause(_ lower: String) -> Bool { Self.subordinators.contains(lower) || Self.otherSubordinators.contains(lower) }
    guard let position = words.lastIndex(where: { tokens[$0].isWord && opensClause(tokens.lower($0)) }), position + 1 < words.count
    else { return nil }
    // `words` may have left out punctuation: a gap between two words counts as some.
    var lead = position
    while lead > 0, words[lead - 1] + 1 == words[lead], tokens.text(words[lead - 1]) != "," { lead -= 1 }
    guard !Self.prepositionLike.contains(tokens.lower(words[position]))
      || words[lead..<position].allSatisfy({ tokens[$0].kind == .number || Self.stretchesOfTime.contains(tokens.lower($0)) }),
      words[words.count - 1] - words[position] == words.count - 1 - position,
      !words[(position + 1)...].contains(where: {
        tokens[$0].isPunctuation || document.isLowerCaseVerb($0)
      })
    else { return nil }
    return position + 1
  }

  /// Conjunctions that open a clause besides ``subordinators``.
  private static let otherSubordinators: Set<String> = WordList.words("since as unless once")
  /// Conjunctions that may be prepositions as well ("officials after the meeting").
  private static let prepositionLike: Set<String> = WordList.words("after before since until as")

  /// Words of a stretch of time before "after", "before" or "since" ("a few weeks", "years",
  /// "shortly", "not long").
  private static let stretchesOfTime: Set<String> = WordList.words(
    """
    a an the one two three four five six seven eight nine ten few several many some just shortly soon
    long not right only even moments moment seconds second minutes minute hours hour days day weeks
    week months month years year decades decade
    """)

  /// True when `words` open with "as many as", "as much as", "as few as" or "as little as": an
  /// amount, the start of a subject, not a phrase set off before it.
  private func opensComparedAmount(_ words: [Int]) -> Bool {
    words.count > 3 && tokens.lower(words[0]) == "as" && ["many", "much", "few", "little"].contains(tokens.lower(words[1]))
      && tokens.lower(words[2]) == "as"
  }

  /// The subject set off after the last comma of `words`, the clause before it aside ("Minutes
  /// after Lee was picked, party chairman Tom Varek called …", "even though he'd replace Lee,
  /// he actually thinks …"): a phrase naming a person with no verb, preposition or conjunction
  /// of its own, or a pronoun with only adverbs after it, or a role after "the" ("Six months
  /// ago, the Ohio senator said").
  private func setOffSubject(_ words: [Int], cue: Span) -> FoundSpeaker? {
    guard let comma = words.lastIndex(where: { tokens.text($0) == "," }), comma > 0, comma + 1 < words.count else { return nil }
    let tail = words[(comma + 1)...]
    if let first = tail.first, FunctionWords.nominativePronouns.contains(tokens.lower(first)),
      tail.dropFirst().allSatisfy({ FunctionWords.isAdverbBeforeVerb(tokens.lower($0)) })
    {
      return pronounSpeaker(first, cue: cue)
    }
    let plain = tail.allSatisfy { index in
      entities.mention(at: index) != nil || tokens[index].kind == .possessive
        || tokens[index].isWord && !isVerbLike(index) && !isPreposition(index) && !isConjunction(index)
          && !FunctionWords.pronouns.contains(tokens.lower(index)) && !document.isVerb(index, strict: true)
    }
    guard plain else { return nil }
    guard let first = tail.first(where: { entities.mention(at: $0) != nil }), let mention = entities.mention(at: first),
      entities.entities[mention.entity].type == .person
    else {
      // "Six months ago, the Ohio senator said": a role after "the", with no one named before
      // the comma it might describe.
      guard let first = tail.first, tokens.lower(first) == "the", !words[..<comma].contains(where: { isPerson(at: $0) }),
        let found = phraseSpeaker(Array(tail), cue: cue, isSubject: true), found.span.start == tokens[first].span.start
      else { return nil }
      return found
    }
    return speaker(headPerson(after: mention) ?? mention, cue: cue)
  }

  /// True when the place at `mention` ends a phrase of place: right after a preposition ("a
  /// spokeswoman in Tarrowby", "the governor of Orsk") or after a comma and the place it is in
  /// ("Tarrowby, Wash."). Such a place says where the speaker is, never who.
  private func isPlaceOfPhrase(_ mention: EntityMention) -> Bool {
    let before = mention.tokens.lowerBound - 1
    guard before >= 0 else { return false }
    if FunctionWords.prepositions.contains(tokens.lower(before)) { return true }
    guard tokens.text(before) == ",", before >= 1, let previous = entities.mention(at: before - 1) else { return false }
    return entities.entities[previous.entity].type == .place
  }

  /// True for a preposition, of any kind or of place ("around", "outside").
  private func isPreposition(_ index: Int) -> Bool {
    FunctionWords.prepositions.contains(tokens.lower(index)) || PlaceEvidence.prepositions.contains(tokens.lower(index))
  }

  /// The person a name only qualifies, named after a role within a few words: "Ortiz press
  /// secretary Ana Lind", "Ortiz’s campaign manager Alex Reyes" and "Ortiz's spokeswoman, Alex
  /// Reyes," name Lind and Reyes, "Ohio Gov. and Port Board Chair Ana Lind" Lind.
  private func headPerson(after mention: EntityMention) -> EntityMention? {
    var index = mention.tokens.upperBound
    var sawRole = false
    while index < tokens.count, index < mention.tokens.upperBound + 6 {
      let token = tokens[index]
      if token.kind == .possessive {
        index += 1
        continue
      }
      // "Sutter's spokeswoman, Kelly Ambrose, said": the person set off after the role.
      if sawRole, tokens.text(of: token) == ",", index + 1 < tokens.count, let next = entities.mention(at: index + 1),
        next.tokens.lowerBound == index + 1, entities.entities[next.entity].type == .person,
        next.tokens.upperBound < tokens.count, tokens.text(next.tokens.upperBound) == ","
      {
        return next
      }
      guard token.isWord else { return nil }
      if let next = entities.mention(at: index) {
        // "former Ohio Gov. and Port Board Chair Ana Lind": a body may qualify a second role.
        guard entities.entities[next.entity].type == .person else { return sawRole ? headPerson(after: next) : nil }
        return sawRole ? headPerson(after: next) ?? next : nil
      }
      // "Ortiz attacked former nominee Lee": a verb ends the phrase a role stands in.
      if FunctionWords.prepositions.contains(tokens.lower(of: token)) || token.is(.cue) { return nil }
      if !token.is(.title), document.isVerb(index, strict: true) { return nil }
      if token.is(.title) || SpeakerNouns.contains(tokens.lower(of: token)) { sawRole = true }
      index += 1
    }
    return nil
  }

  /// The subject of the clause a quote stands in, a person or a pronoun for one: the words
  /// before its reporting verb, or before the quote when it has none ("Ortiz called the plan a
  /// “disaster”", "And he's predicting that Lee “has no chance”").
  func clauseSubject(_ sentence: [Int]) -> FoundSpeaker? {
    // The clause the quote stands in starts after the last word that opens one, or after a dash
    // a person's name follows ("The north is harder now - Ann Cole: “…”").
    let opener = sentence.indices.last { position in
      let lower = tokens.lower(sentence[position])
      guard Self.dashes.contains(lower) else { return Self.clauseOpeners.contains(lower) }
      return position + 1 < sentence.endIndex && isPerson(at: sentence[position + 1])
    }
    let words = opener.map { Array(sentence[($0 + 1)...]) } ?? sentence
    guard !words.isEmpty else { return nil }
    let verb = words.firstIndex { isCue($0, in: words) }
    let region = verb.map { Array(words[..<$0]) } ?? words
    let cue = verb.map { tokens[words[$0]].span } ?? Span(0, 0)
    guard var found = subject(region, strongCue: false, cue: cue) ?? roleSubject(region, cue: cue) else {
      return nil
    }
    if let entity = found.entity, entities.entities[entity].type != .person { return nil }
    if verb == nil { found.cue = nil }
    return found
  }

  /// The speaker a clause opens with when it names no one: a determiner, then a noun phrase
  /// headed by a role, a group or a text ("The retired judge called it a “…”", "The ad
  /// targets a “…”"), not any phrase ("The plan is a “…”").
  private func roleSubject(_ region: [Int], cue: Span) -> FoundSpeaker? {
    guard let first = region.first, CommonWords.determiners.contains(tokens.lower(first)),
      let found = phraseSpeaker(region, cue: cue, isSubject: true), found.span.start == tokens[first].span.start,
      let head = region.last(where: { tokens[$0].span.end == found.span.end }), SpeakerNouns.contains(tokens.lower(head))
    else { return nil }
    return found
  }

  /// The person a sentence is about, when it names one first ("Prime Minister Lucía Ferrer,
  /// speaking at …, defended the concessions."): a quote opening the next sentence is theirs.
  func personSubject(_ sentence: [Int]) -> FoundSpeaker? {
    guard let first = sentence.first(where: { tokens[$0].isWord && !Titles.isTitle(tokens.lower($0)) }),
      let mention = entities.mention(at: first), entities.entities[mention.entity].type == .person
    else { return nil }
    return speaker(mention)
  }

  /// The agent after "by": the first person named within a few words, else an organisation.
  private func agent(_ words: [Int], cue: Span) -> FoundSpeaker? {
    let near = words.prefix(10)
    let mentions = near.compactMap { entities.mention(at: $0) }
    if let person = mentions.first(where: { entities.entities[$0.entity].type == .person }) {
      return speaker(person, cue: cue)
    }
    if let other = mentions.first { return speaker(other, cue: cue) }
    return phraseSpeaker(words, cue: cue)
  }

  /// A speaker named by a phrase after a verb or "according to", or by the verb's subject
  /// (`isSubject`: before the verb, or after it where the order is inverted, "said the senator"):
  /// the entity it names, or the phrase itself up to a comma or clause break ("the post by an
  /// unknown author").
  func phraseSpeaker(_ words: [Int], cue: Span?, isSubject: Bool = false) -> FoundSpeaker? {
    var words = words[...]
    // "The two unions also agreed", "Harbour pilots have warned": the verb's auxiliaries and
    // adverbs are no part of its subject (nor "have" a noun for a wealthy person).
    while isSubject, let last = words.last, Self.perfectOrAdverb.contains(tokens.lower(last)) { words.removeLast() }
    var phrase: [Int] = []
    /// A name that qualifies the role after it ("the Ohio senator"), the speaker when no role follows.
    var qualifier: EntityMention?
    for index in words.prefix(8) {
      let token = tokens[index]
      if token.isPunctuation, tokens.text(of: token) != "-" { break }
      if let mention = entities.mention(at: index) {
        // "retired Army Lt. Gen. Ana Lind": a person after the words that describe them.
        if entities.entities[mention.entity].type == .person, phrase.count <= 6,
          !phrase.contains(where: { FunctionWords.prepositions.contains(tokens.lower($0)) })
        {
          return speaker(headPerson(after: mention) ?? mention, cue: cue)
        }
        // "said the Ohio senator": a name that only qualifies the role after it is no speaker;
        // "said Ohio Gov. Ann Cole": nor one that qualifies the person after its title.
        if phrase.allSatisfy({ isDeterminerOrTitle($0) }) {
          if let head = headPerson(after: mention) { return speaker(head, cue: cue) }
          guard document.isModifier(mention) else { return speaker(mention, cue: cue) }
          qualifier = qualifier ?? mention
        }
      }
      if phrase.count >= 4, FunctionWords.prepositions.contains(tokens.lower(of: token)) { break }
      phrase.append(index)
    }
    if let first = phrase.first, FunctionWords.pronouns.contains(tokens.lower(first)) {
      return pronounSpeaker(first, cue: cue)
    }
    // A noun phrase headed by a role, group or text ("a senior official", "the post"), cut
    // after its head, or a short subject without a verb in it ("most voters"); a run of words
    // that only happens to stand next to a reporting verb is no speaker.
    guard let first = phrase.first, !isVerbLike(first) else { return nil }
    let last: Int
    // A subject may name its head later ("Six in 10 Virginia primary voters"); a participle
    // right before the head is an adjective ("most registered voters"), and a subject of two
    // numbers has its head in them ("About 4 in 10"; not a year alone).
    if let head = phrase.prefix(isSubject ? 8 : 5).firstIndex(where: { tokens[$0].isWord && SpeakerNouns.contains(tokens.lower($0)) }),
      !isSubject || !phrase[..<head].contains(where: { isVerbLike($0) && !isQuantifier($0 - 1) && $0 + 1 != phrase[head] }),
      !phrase[..<head].contains(where: { Self.thingRelatives.contains(tokens.lower($0)) })
    {
      last = phrase[lastHead(from: head, in: phrase)]
    } else if let qualifier {
      return speaker(qualifier, cue: cue)
    } else if isSubject, phrase.count <= 6, !phrase.contains(where: { isAuxiliary($0) }),
      !phrase.contains(where: { Self.thingRelatives.contains(tokens.lower($0)) }), !isHeadedByCue(phrase, cue: cue),
      !phrase.dropFirst().contains(where: { isVerbLike($0) && !isQuantifier($0 - 1) }),
      phrase.contains(where: { tokens[$0].isWord && !FunctionWords.isFunctionWord(tokens.lower($0)) })
        || phrase.count(where: { tokens[$0].kind == .number }) >= 2
    {
      last = phrase[phrase.count - 1]
    } else {
      return nil
    }
    // "the Mexican border and", "a majority of those who": the phrase ends on its last noun.
    var end = last
    while end > first, !closesNounPhrase(end) { end -= 1 }
    guard opensNounPhrase(first), closesNounPhrase(end) else { return nil }
    // One word in lower case is a speaker only as a noun for one ("officials"), not "line" or "hours".
    if end == first, !tokens[first].isCapitalized, tokens[first].kind != .number, !SpeakerNouns.contains(tokens.lower(first)) {
      return nil
    }
    let span = Span(tokens[first].span.start, tokens[end].span.end)
    return FoundSpeaker(span: span, entity: nil, name: document.article.string(span), cue: cue)
  }

  /// True when the cue right after `phrase` is its head noun, a text or a statement, and no
  /// verb: "a later report found", "his recent remarks" have no speaker "a later" or "his
  /// recent". Only a phrase opened by an article or an owner's word
  /// (``IndirectQuoteFinder/nounOpeners``: "an", "his"), not "Most voters report" nor "Twenty
  /// percent report".
  private func isHeadedByCue(_ phrase: [Int], cue: Span?) -> Bool {
    guard let cue, let first = phrase.first, let last = phrase.last, last + 1 < tokens.count,
      tokens[last + 1].span.start == cue.start, isStatementNoun(tokens.lower(last + 1)),
      IndirectQuoteFinder.nounOpeners.contains(tokens.lower(first)), !phrase.contains(where: { tokens[$0].kind == .number })
    else { return false }
    return true
  }

  /// True for a noun of a text or a statement that is spelt as a verb of speech as well ("report",
  /// "tweet", "comments"); not "claims", which a subject's verb is as often ("the suit claims").
  private func isStatementNoun(_ lower: String) -> Bool { SpeakerNouns.texts.contains(lower) || Self.remarks.contains(lower) }

  /// Nouns of what someone said besides the texts of ``SpeakerNouns`` ("his comments").
  private static let remarks: Set<String> = WordList.words("comment comments remark remarks promise promises")

  /// The last head noun of the run of words the one at `head` of `phrase` opens ("a senior
  /// official", "the council’s youngest member"): a noun phrase ends on its last noun.
  private func lastHead(from head: Int, in phrase: [Int]) -> Int {
    var last = head
    for position in (head + 1)..<phrase.count {
      let index = phrase[position]
      if tokens[index].kind == .possessive { continue }
      let lower = tokens.lower(index)
      guard tokens[index].isWord, !FunctionWords.isFunctionWord(lower), !FunctionWords.relatives.contains(lower),
        !isVerbLike(index)
      else { break }
      if SpeakerNouns.contains(lower) { last = position }
    }
    return last
  }

  /// True for a number or a word a noun phrase can open: not a preposition (but "about half",
  /// "over 40"), conjunction, relative or question word, focusing adverb, contraction or object
  /// pronoun ("for violence", "which point", "even so", "he’d", "himself as"; "US officials" is
  /// no pronoun).
  private func opensNounPhrase(_ index: Int) -> Bool {
    if tokens[index].kind == .number { return true }
    let lower = tokens.lower(index)
    guard tokens[index].isWord, !FunctionWords.conjunctions.contains(lower), !FunctionWords.relatives.contains(lower),
      !FunctionWords.isContraction(lower), !Self.focusAdverbs.contains(lower),
      !FunctionWords.objectPronouns.contains(lower) || tokens[index].isAllCaps
    else { return false }
    guard FunctionWords.prepositions.contains(lower) else { return true }
    let next = index + 1
    return ["about", "over", "under"].contains(lower) && next < tokens.count
      && (tokens[next].kind == .number || ["half", "a", "one", "two", "three"].contains(tokens.lower(next)))
  }

  /// Adverbs that lean on what follows them ("even so", "particularly his"): no speaker opens with one.
  private static let focusAdverbs: Set<String> = WordList.words("even particularly especially just only also still mostly mainly")

  /// True for a word a noun phrase can end on: not a function word, a relative word or a
  /// word that wants a complement ("the border and", "boos upon", "the emotional impact as").
  private func closesNounPhrase(_ index: Int) -> Bool {
    guard tokens[index].isWord || tokens[index].kind == .number else { return false }
    let lower = tokens.lower(index)
    return !FunctionWords.isFunctionWord(lower) && !FunctionWords.relatives.contains(lower)
      && !["as", "upon", "than", "like"].contains(lower)
  }

  /// True for a determiner or "one" ("one unaligned strategist", "the retired judge"): a
  /// participle after one describes a noun.
  private func isQuantifier(_ index: Int) -> Bool {
    index >= 0 && (tokens.lower(index) == "one" || CommonWords.determiners.contains(tokens.lower(index)))
  }

  /// True for a word that opens a verb phrase, not a noun phrase ("to", "is", "would",
  /// "discussed", "making").
  private func isVerbLike(_ index: Int) -> Bool {
    let lower = tokens.lower(index)
    if isAuxiliary(index) { return true }
    return !tokens[index].isCapitalized && (lower.hasSuffix("ed") || lower.hasSuffix("ing")) && !SpeakerNouns.contains(lower)
  }

  /// True for "to", "not", a modal or a form of "be", "have" or "do".
  private func isAuxiliary(_ index: Int) -> Bool {
    let lower = tokens.lower(index)
    return ["to", "not", "would", "will", "could", "can", "should", "may", "might", "must", "has", "have", "had", "do", "does", "did"]
      .contains(lower) || FunctionWords.beForms.contains(lower)
  }

  private func isDeterminerOrTitle(_ index: Int) -> Bool {
    CommonWords.determiners.contains(tokens.lower(index)) || Titles.isTitle(tokens.lower(index))
      || !tokens[index].isWord
  }

  func pronounSpeaker(_ index: Int, cue: Span?) -> FoundSpeaker {
    let span = tokens[index].span
    guard let entity = pronouns.resolve(index) else {
      return FoundSpeaker(span: span, entity: nil, name: tokens.text(index), cue: cue)
    }
    return FoundSpeaker(span: span, entity: entity, name: entities.entities[entity].name, cue: cue)
  }

  private func speaker(_ mention: EntityMention, cue: Span? = nil) -> FoundSpeaker {
    FoundSpeaker(
      span: mention.span, entity: mention.entity, name: entities.entities[mention.entity].name, cue: cue)
  }

  /// The outlet words were given to: "told CNN", "told South Korea’s Yonhap News Agency".
  private func via(after cue: Int, in window: [Int]) -> Int? {
    guard ["told", "tell", "tells", "telling"].contains(tokens.lower(cue)) else { return nil }
    var found: Int?
    for index in window where index > cue && index <= cue + 8 {
      if tokens[index].isPunctuation { break }
      if let mention = entities.mention(at: index), entities.entities[mention.entity].type == .organization {
        found = mention.entity
      }
    }
    return found
  }
}
