/// Decides what kind of entity a candidate name is, from the lexicons, its head word and the
/// words around it.
struct EntityClassifier {
  let document: Document

  /// Fills in `type`, `confidence`, `country` and `sourceType` of `candidate`, whose name the
  /// gazetteer knows as `kind`.
  func classify(_ candidate: inout EntityCandidate, kind: Gazetteer.Kind?) {
    let tokens = document.tokens
    let range = candidate.tokens
    if let kind {
      candidate.confidence = 3
      switch kind {
      case .country(let name):
        candidate.type = .place
        candidate.country = name
      case .place where isTitledPerson(range):
        // "President Obama", "Senator Lima": a person's title right before a town's name names a
        // person.
        candidate.type = .person
        candidate.confidence = 2
      case .place:
        candidate.type = .place
        // "the Zuni", "the Mohawks": after "the", a town named for a people names the people,
        // unless it qualifies a noun ("the Zuni sites", "the Zuni caucuses", "the Zuni winner").
        if range.count == 1, range.lowerBound > 0, tokens.lower(range.lowerBound - 1) == "the",
          tokens[range.lowerBound].is(.peopleName), !isFollowedByNoun(range), !isCoordinatedQualifier(range)
        {
          candidate.type = .person
          return
        }
        // "Jarrow", "Hale": a town's name that is also a person's leaves room for a person of
        // the article whose short form it is (see `EntityGrouper`).
        if range.count == 1, isPersonNameWord(tokens[range.lowerBound]) {
          candidate.confidence = 2
          // "Kennedy's adviser", "Wade v. Jacobs", "(Marsden, 2014)": the person of that name.
          if hasPersonContext(range) || isCitedPerson(range) { candidate.type = .person }
        } else if range.count == 1, !followsPlacePreposition(range), endsInYear(range.upperBound) {
          // "Quellan (1964)", "Ortiz, Quellan, & Liu, 2014": an author, even one named as a town.
          candidate.type = .person
          candidate.confidence = 2
        }
      case .organization: candidate.type = .organization
      case .agency:
        candidate.type = .organization
        candidate.sourceType = .agency
      case .outlet:
        candidate.type = .organization
        candidate.sourceType = .outlet
      }
      return
    }
    // "Tarrowby, Miss.", "Orskdale, Wash.": a state's abbreviation that spells a word or a title
    // names the state right after a town and a comma.
    if range.count == 1, range.lowerBound >= 2, tokens.text(range.lowerBound - 1) == ",",
      tokens[range.lowerBound - 2].isCapitalized, range.upperBound < tokens.count, tokens.text(range.upperBound) == ".",
      Places.wordStateAbbreviations.contains(tokens.lower(range.lowerBound))
    {
      candidate.type = .place
      candidate.confidence = 2
      return
    }
    // "Democratic candidates", "Southern states": an English adjective alone before a word in
    // lower case names no one; nor does an English word before a calendar word, a day's or a
    // month's name ("on Gala Thursday"), unless it is a person's short form. A title or a given
    // name before it makes it a name ("Mayor Stern said", "Will May").
    if range.count == 1, candidate.title == nil, tokens[range.lowerBound].is(.common),
      !tokens[range.lowerBound].is(.givenName), range.upperBound < tokens.count,
      case let next = tokens[range.upperBound], next.isWord,
      next.isCapitalized ? next.is(.calendar) : Self.isAdjectiveForm(tokens.lower(range.lowerBound))
    {
      candidate.onlyAsShortForm = true
    }
    if candidate.title != nil {
      candidate.type = .person
      candidate.confidence = 2
      return
    }
    if range.count == 1, isJoinedBrand(range.lowerBound) {
      candidate.type = .organization
      candidate.confidence = 2
      return
    }
    let words = range.filter { tokens[$0].isWord && !tokens[$0].is(.connector) }
    // "our Nation", "the Republic": a lone capitalised noun for a country stands for one.
    if words.count == 1, !tokens[words[0]].isAllCaps,
      SpeakerNouns.matchesSingular(tokens.lower(words[0]), Places.countryNouns.contains)
    {
      candidate.type = .place
      candidate.confidence = 2
      return
    }
    let head = tokens[headIndex(range)]
    // "Dana K. Mills": a given name and an initial before the head make a person's name.
    let isInitialledPerson = words.count == 3 && tokens[words[0]].is(.givenName) && isInitials(words[1])
    if !isInitialledPerson, head.is(.organizationHead)
      || (range.count >= 2 && Organizations.leadingHeadWords.contains(tokens.lower(range.lowerBound)))
    {
      candidate.type = .organization
      candidate.confidence = 2
      if Organizations.outletHeadWords.contains(tokens.lower(of: head)) {
        candidate.sourceType = tokens.lower(of: head) == "agency" || tokens.lower(of: head) == "press" ? .agency : .outlet
      }
      return
    }
    if words.count == 1, Organizations.chambers.contains(tokens.lower(of: head)) {
      candidate.type = .organization
      candidate.confidence = 2
      return
    }
    // "council member Franny Delacorte", "board member Rita Vasquez": "member" in lower case
    // before a name of two or three words, none of them a known place's or a place's head
    // ("NATO member North Macedonia" is a country).
    if (2...3).contains(words.count), range.lowerBound > 0, !tokens[range.lowerBound - 1].isCapitalized,
      tokens.lower(range.lowerBound - 1) == "member", !head.is(.placeHead),
      words.allSatisfy({ !isKnownPlace($0) && !tokens[$0].is(.placeHead) })
    {
      candidate.type = .person
      candidate.confidence = 2
      return
    }
    // "the Nord Stream pipeline", "the Mountain Valley pipeline": a name that qualifies a thing
    // names that thing.
    if head.is(.placeHead), followedByThingNoun(range) {
      candidate.type = .other
      candidate.confidence = 2
      return
    }
    // "director Tomas Bay", "Ana Lake said", "Ana Lake, an actor": a given name before a word for
    // a place names a person where the words around it say so, never after a preposition of
    // place nor before a number ("Charles River" stays a river; so do "Police in Grace Bay
    // said" and "Oda Ave, 2 blocks away").
    if head.is(.placeHead), words.count == 2, tokens[words[0]].is(.givenName), !tokens[words[0]].is(.placeHead),
      !followsPlacePreposition(range), !isBeforeNumber(range), hasPersonContext(range)
    {
      candidate.type = .person
      candidate.confidence = 2
      return
    }
    if head.is(.placeHead) || (words.count >= 2 && Places.prefixWords.contains(tokens.lower(range.lowerBound))) {
      candidate.type = .place
      candidate.confidence = 2
      return
    }
    guard let firstWord = words.first else { return }
    let first = tokens[firstWord]
    if let type = cueType(range, words: words) {
      candidate.type = type
      candidate.confidence = 2
      return
    }
    // "the Mohawks", "a Baptist", "Native Americans": members of a people, a faith or a party.
    if words.count <= 3, !first.isAllCaps, document.namesPeople(range) {
      candidate.type = .person
      candidate.confidence = 1
      return
    }
    // "Kell State", "Islamic State": "State" after words that name no place ends a body's name (a
    // university, a movement); after a place's name it is that place ("Washington State").
    if words.count >= 2, tokens.lower(words[words.count - 1]) == "state",
      Gazetteer.shared.lookup(document.text(range.lowerBound..<words[words.count - 2] + 1)) == nil
    {
      candidate.type = .organization
      candidate.confidence = 2
      return
    }
    // "Florence Orchestra" names no person: a place's name before an English word.
    let placeBeforeWord = document.names.kind(firstWord) != nil && tokens[words[words.count - 1]].is(.common)
    if words.count >= 2, words.count <= 4, first.is(.givenName), !placeBeforeWord {
      candidate.type = .person
      candidate.confidence = 2
      return
    }
    // "her husband, Bill,", "his son Will": a given name after a word for kin names a person,
    // though it is a word for a thing too.
    if words.count == 1, first.is(.givenName), PersonSex.of(relationBefore: range.lowerBound, in: tokens) != nil {
      candidate.type = .person
      candidate.confidence = 2
      return
    }
    if head.is(.thingHead) || followedByThingNoun(range) {
      candidate.type = .other
      candidate.confidence = 2
      return
    }
    // "Soo Min-jun" and not "SOO Africa": a family name in capitals is an acronym's spelling.
    if words.count >= 2, words.count <= 3, PersonNames.eastAsianFamily.contains(tokens.lower(of: first)),
      !first.isAllCaps, words.dropFirst().allSatisfy({ !tokens[$0].isAllCaps && !tokens[$0].is(.common) })
    {
      candidate.type = .person
      candidate.confidence = 2
      return
    }
    // "Vinita, OK": a state's postal code after a town and a comma is the state.
    if words.count == 1, first.isAllCaps, Places.postalCodes.contains(tokens.lower(of: first)), range.lowerBound >= 2,
      tokens.text(range.lowerBound - 1) == ",", isKnownPlace(range.lowerBound - 2)
    {
      candidate.type = .place
      candidate.confidence = 2
      return
    }
    if words.count == 1, first.isAllCaps {
      candidate.type = .organization
      candidate.confidence = 1
      return
    }
    if words.count == 1, Places.compassWords.contains(tokens.lower(of: first)) {
      candidate.type = .place
      candidate.confidence = 1
      return
    }
    // "Former judge Ana Ruiz": a title before a role in lower case only qualifies it.
    let qualifiesRole = range.upperBound < tokens.count && tokens[range.upperBound].is(.title)
      && !tokens[range.upperBound].isCapitalized
    // "Petitioner argues": a noun for a kind of person written as a name names one; so do titles
    // in the plural ("my Lords") and forms of address ("Your Honor").
    if words.count == 1,
      (first.is(.title) || !first.isAllCaps && SpeakerNouns.matchesSingular(tokens.lower(of: first), Titles.all.contains))
        && !qualifiesRole || hasPersonContext(range) || isPersonNameWord(first) && !followsPlacePreposition(range)
        || !first.isAllCaps && SpeakerNouns.isKindOfPerson(tokens.lower(of: first)) || isAddressed(range)
    {
      candidate.type = .person
      candidate.confidence = 1
      return
    }
    if words.count >= 2, words.count <= 3, tokens[words[words.count - 1]].is(.familyName),
      words.allSatisfy({ !tokens[$0].isAllCaps && !looksLikeNoun(tokens.lower($0)) }),
      words.allSatisfy({ !tokens[$0].is(.common) }) || isNameWithWordGivenName(words)
    {
      candidate.type = .person
      candidate.confidence = 1
      return
    }
    if words.count >= 2, words.count <= 3, hasPersonContext(range) {
      candidate.type = .person
      candidate.confidence = 2
      return
    }
    if words.count >= 2, words.count <= 3,
      words.contains(where: { PersonNames.eastAsianFamily.contains(tokens.lower($0)) }),
      words.allSatisfy({ !tokens[$0].isAllCaps && !tokens[$0].is(.common) && !looksLikeNoun(tokens.lower($0)) })
    {
      candidate.type = .person
      candidate.confidence = 1
      return
    }
    // "the Quellish monks", "the Quellish team", "the Quellish sea": a name of no other kind that
    // qualifies a noun names what the noun does.
    if let qualified = qualifiedNounType(range) {
      candidate.type = qualified
      candidate.confidence = 1
      return
    }
    if words.count >= 2 {
      candidate.type = .other
      candidate.confidence = 1
    }
  }

  /// True for a word whose ending makes it an adjective ("democratic", "congressional",
  /// "southern").
  static func isAdjectiveForm(_ lower: String) -> Bool {
    lower.hasSuffix("ic") || lower.hasSuffix("al") || lower.hasSuffix("ern")
  }

  /// What the common noun right after the name names: a kind of person ("monks"; not one title,
  /// "strategist") or a leader's government ("administration": the leader), a body ("team",
  /// "regiments") or a place ("sea", "area"), singular or plural; nil when no such noun follows.
  func qualifiedNounType(_ range: Range<Int>) -> EntityType? {
    let tokens = document.tokens
    guard isFollowedByNoun(range) else { return nil }
    let next = range.upperBound
    let lower = tokens.lower(next)
    // "an Ohio Republican strategist": a title qualified by a name is someone the name describes.
    if SpeakerNouns.isKindOfPerson(lower) { return Titles.all.contains(lower) ? nil : .person }
    // "the Quellish administration": a leader's government.
    if PlaceEvidence.leadersNouns.contains(lower) { return .person }
    var classes = tokens[next].classes
    _ = SpeakerNouns.matchesSingular(lower) { singular in
      classes.formUnion(WordClass.of(singular))
      return false
    }
    if classes.contains(.organizationHead) { return .organization }
    return classes.contains(.placeHead) || PlaceEvidence.placeNouns.contains(lower) ? .place : nil
  }

  /// True when a word in lower case that is no verb, nor "and" or "or", follows the name: mostly
  /// a noun the name qualifies ("the Zuni sites"), or a phrase it opens ("the Zuni of the
  /// 1980s"); not "the Zuni and the Hopi".
  func isFollowedByNoun(_ range: Range<Int>) -> Bool {
    let next = range.upperBound
    let tokens = document.tokens
    return next < tokens.count && tokens[next].isWord && !tokens[next].isCapitalized && !document.isVerb(next, strict: true)
      && !["and", "or"].contains(tokens.lower(next))
  }

  /// True when "and" or "or" joins the name to another before a noun both qualify: "the Zuni
  /// and Hopi sites", not "the Zuni and the Hopi".
  private func isCoordinatedQualifier(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    var index = range.upperBound + 1
    guard index < tokens.count, ["and", "or"].contains(tokens.lower(range.upperBound)), tokens[index].isCapitalized else { return false }
    while index < min(tokens.count, range.upperBound + 5), tokens[index].isCapitalized { index += 1 }
    return isFollowedByNoun(range.upperBound + 1..<index)
  }

  /// True for "Woody Allen", "Newt Gingrich": a given name that is also an English word, where the
  /// sentence does not start with it, before a family name; no word a place or the head of one.
  func isNameWithWordGivenName(_ words: [Int]) -> Bool {
    let tokens = document.tokens
    return words.allSatisfy { index in
      (!tokens[index].is(.common) || index != words[words.count - 1] && !document.isClauseInitial(index))
        && document.names.kind(index) == nil && !tokens[index].is(.placeHead) && !tokens[index].is(.organizationHead)
    }
  }

  /// True when a title for a person, written as part of the name, stands right before the
  /// one-word name at `range` ("President Obama"; ``isTitled(_:)``); not a role in lower case
  /// ("candidate Texas Senator Ted Cruz": Texas qualifies the title).
  private func isTitledPerson(_ range: Range<Int>) -> Bool {
    range.count == 1 && range.lowerBound > 0 && document.tokens[range.lowerBound - 1].isCapitalized && isTitled(range)
  }

  /// True when the word is a place or country of the lexicons.
  private func isKnownPlace(_ index: Int) -> Bool { document.names.kind(index)?.isPlace == true }

  /// True for "J. K. Rowling", "O.J. Simpson", "W. Rouse Ball": one or more initials (capital
  /// letters, each with or without its dot; no known abbreviation such as "U.S." or "D.C."),
  /// then capitalised words that are not all capitals, the last heading no place, body or thing.
  func isInitialsBeforeName(_ words: [Int]) -> Bool {
    let tokens = document.tokens
    guard let firstName = words.firstIndex(where: { !isInitials($0) }), firstName > 0 else { return false }
    let rest = words[firstName...]
    guard rest.allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAllCaps }), let last = rest.last else { return false }
    return !tokens[last].is(.placeHead) && !tokens[last].is(.organizationHead) && !tokens[last].is(.thingHead)
  }

  /// True for an initial or a run of them ("J.", "K", "O.J."), not a known abbreviation. The
  /// word's shape is read first, from its form and scalars; the lexicons last.
  private func isInitials(_ index: Int) -> Bool {
    let token = document.tokens[index]
    let length = Int(token.form.length)
    guard ScalarClass.isUppercase(token.first), length == 1 || length.isMultiple(of: 2) else { return false }
    if length > 1 {
      let scalars = document.article.scalars
      let start = token.span.start
      for offset in stride(from: 0, to: length, by: 2)
      where !ScalarClass.isUppercase(scalars[start + offset]) || scalars[start + offset + 1] != "." {
        return false
      }
    }
    return document.names.kind(index) == nil && !Places.stateAbbreviations.contains(document.tokens.text(of: token))
  }

  /// The type a strong cue in or around the name at `range` (its `words`) says, the first that
  /// holds: a direction before a known place ("North Oakland", "Greater Lagos"), initials before
  /// a name ("J. K. Rowling"), a byline on a line of its own ("By Ana Quillby"), a dateline
  /// (``isDatelinePlace(_:)``), a noun for a kind of body before it (``isDescribedAsBody(_:)``),
  /// an apposition after it other than a person's (``appositionType(_:)``), a company's context
  /// or a place's team; nil when none does.
  private func cueType(_ range: Range<Int>, words: [Int]) -> EntityType? {
    let tokens = document.tokens
    if words.count == 2, Places.directionWords.contains(tokens.lower(words[0])), isKnownPlace(words[1]) { return .place }
    if isInitialsBeforeName(words) { return .person }
    if words.count >= 2, isByline(range) { return .person }
    if isDatelinePlace(range) { return .place }
    if isDescribedAsBody(range) { return .organization }
    if let described = appositionType(range), described != .person { return described }
    if hasCompanyContext(range) || isPlaceTeam(range, words: words) { return .organization }
    return nil
  }

  /// What the noun phrase set off after the name says it is (``Document/appositionHead(after:)``):
  /// "Zelbor, a company that …" an organisation, "Socotra, an island in …" a place, "Ana Ruiz, a
  /// former company executive" a person; nil when its head is none of these.
  func appositionType(_ range: Range<Int>) -> EntityType? {
    let tokens = document.tokens
    guard let head = document.appositionHead(after: range) else { return nil }
    let lower = tokens.lower(head)
    if Organizations.kindNouns.contains(lower) || tokens[head].is(.organizationHead) { return .organization }
    if tokens[head].is(.placeHead) || PlaceEvidence.placeNouns.contains(lower) { return .place }
    if tokens[head].is(.title) || ["man", "woman", "person"].contains(lower) { return .person }
    return nil
  }

  /// True when a noun for a kind of body stands right before the name, or before a comma that
  /// sets it off, in lower case or as an initialism ("the startup Belvio", "the advocacy group
  /// Citizens First", "the super PAC Harbor Action", "an advocacy group, Civic Watch,"): it says
  /// what the name is. Not for a name with a listed given or family name in it, which the
  /// noun's own clause may end on ("told the committee Ortega had lied", "the charity Hope Lopez
  /// runs").
  func isDescribedAsBody(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    var before = range.lowerBound - 1
    // "a conservative advocacy group, Civic Watch, sued": the noun before a name set off by
    // commas, the sentence going on after it. Not "his firm, Ruiz said", nor a person's age,
    // apposition, relative clause or a list after the name ("After selling the company, Dravnik,
    // 54,", "a letter to the committee, Halvorsk, a Democrat,", "the coalition, Brakstad, who").
    if before > 0, tokens.text(before) == "," {
      let after = range.upperBound + 1
      guard after < tokens.count, tokens.text(range.upperBound) == ",", tokens[after].isWord, !tokens[after].isCapitalized,
        !tokens[after].is(.determiner), !FunctionWords.relatives.contains(tokens.lower(after))
      else { return false }
      before -= 1
    }
    guard before >= 0, Initialisms.isCommonWord(before, of: tokens),
      !range.contains(where: { tokens[$0].is(.givenName) || tokens[$0].is(.familyName) })
    else { return false }
    return Organizations.kindNouns.contains(tokens.lower(before)) || Self.describingHeads.contains(tokens.lower(before))
  }

  /// Head words of bodies' names that describe a name after them ("the advocacy group X"); not
  /// those that end a phrase a name may follow ("in a post Lee wrote", "the campaign Lee ran").
  private static let describingHeads: Set<String> = WordList.words("group pac organization organisation coalition committee")

  /// True when `range` is the place of a dateline: capitals opening one of the first paragraphs
  /// of the body (only short lines, such as a byline, before it; a word in capitals may open
  /// it, "NEW BELVILLE —"), then a dash and the story's first sentence, past a state, a country
  /// or a date after commas and a credit in parentheses ("BELVILLE, Ohio, March 3 (AP) — The
  /// council …"). Not capitals that an aside in lower case follows ("ZELCORP — the ferry
  /// operator —"), nor an owner ("EDITOR'S NOTE —"), nor the credit or a ticker in parentheses.
  func isDatelinePlace(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    let blockIndex = document.blockOfToken[range.lowerBound]
    let block = document.blocks[blockIndex]
    let opening = block.tokens.lowerBound..<range.upperBound
    // The opening first: it reads a few tokens, and few names pass it.
    guard !block.isHeadline, blockIndex < Self.openingBlocks,
      opening.allSatisfy({ tokens[$0].isWord ? tokens[$0].isAllCaps : tokens[$0].kind != .possessive && tokens.text($0) != "(" }),
      document.blocks[..<blockIndex].allSatisfy({ $0.isHeadline || $0.isBoilerplate || $0.tokens.count <= Self.shortLine })
    else { return false }
    var next = range.upperBound
    var inCredit = false
    while next + 1 < block.tokens.upperBound, next < range.upperBound + 12 {
      let text = tokens.text(next)
      if !inCredit, DatelineDetector.dashes.contains(text) {
        return tokens[next + 1].isCapitalized || document.isQuotationMark(next + 1)
      }
      if text == "(" {
        inCredit = true
      } else if text == ")" {
        inCredit = false
      } else if inCredit ? !tokens[next].isCapitalized && ![".", "&", "-"].contains(text)
        : text != "," && text != "." && !tokens[next].isCapitalized && tokens[next].kind != .number
      {
        return false
      }
      next += 1
    }
    return false
  }

  /// The most tokens of a line before a dateline's paragraph that may stand there: a byline, a
  /// date.
  private static let shortLine = 8
  /// The blocks a dateline may open one of: headlines, short lines and the first paragraph.
  /// It bounds the look back, which would otherwise read every block before each name in a text
  /// of short lines.
  private static let openingBlocks = 8

  /// True when the word alone is most likely a person's name: a given or family name
  /// of the public lists that is not an ordinary word.
  func isPersonNameWord(_ token: Token) -> Bool {
    !token.is(.common) && (token.is(.familyName) || token.is(.givenName))
  }

  /// True when the words around the name say it is a company: "Acme's chief executive",
  /// "shares of Acme", "Acme stock".
  func hasCompanyContext(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    var after = range.upperBound
    if after < tokens.count, tokens[after].kind == .possessive { after += 1 }
    if after < tokens.count, tokens[after].isWord, Organizations.companyContext.contains(tokens.lower(after)),
      after > range.upperBound || ["shares", "stock"].contains(tokens.lower(after))
        || Self.companyRoles.contains(tokens.lower(after))
    {
      return true
    }
    // "Civic Watch president Tom Fitton": a body's leader named after its name; not after a
    // person's given and family name, nor after a word for members of a people or a party
    // ("Republican president George Bush"), nor before a day ("named Tom Reed president
    // Monday").
    if after == range.upperBound, after + 1 < tokens.count, Self.leaders.contains(tokens.lower(after)),
      tokens[after + 1].isCapitalized, !tokens[after + 1].is(.calendar), !tokens[after - 1].is(.peopleName),
      document.names.demonymOf(after - 1) == nil,
      !(tokens[range.lowerBound].is(.givenName) && tokens[range.upperBound - 1].is(.familyName))
    {
      return true
    }
    let before = range.lowerBound - 2
    return before >= 0 && tokens.lower(before + 1) == "of" && ["shares", "stake", "stock"].contains(tokens.lower(before))
      || before >= 0 && tokens.lower(before + 1) == "in" && tokens.lower(before) == "stake"
  }

  /// True when the name at `range` stands in a byline: a block that opens with "By" and holds
  /// nothing but capitalised names, commas and "and" ("By Ana Quillby, Tom Reed and Eli Marsh").
  private func isByline(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    let block = document.blocks[document.blockOfToken[range.lowerBound]].tokens
    guard block.count >= 3, tokens.text(block.lowerBound) == "By" else { return false }
    return block.dropFirst().allSatisfy { index in
      tokens[index].isCapitalized || [",", "and", "&", "."].contains(tokens.lower(index))
    }
  }

  /// True for a word joined from two capitalised words, as companies and services name
  /// themselves ("TarrowAir", "OrskBank"): a capital after three or more letters, the two
  /// before it in lower case, and not after a family name's prefix ("MacVarek", "FitzOrsk";
  /// "McVarek", "DeOrsk" have shorter ones); not a plural for its users ("TarrowAirers").
  private func isJoinedBrand(_ index: Int) -> Bool {
    let span = document.tokens[index].span
    let scalars = document.article.scalars
    guard span.length >= 5, ScalarClass.isUppercase(scalars[span.start]),
      scalars[span.start..<span.end].allSatisfy({ ScalarClass.isLetter($0) || ("0"..."9").contains($0) }),
      scalars[span.end - 3] != "e" || scalars[span.end - 2] != "r" || scalars[span.end - 1] != "s"
    else { return false }
    guard let inner = (span.start + 3..<span.end).first(where: {
      ScalarClass.isUppercase(scalars[$0]) && !ScalarClass.isUppercase(scalars[$0 - 1]) && !ScalarClass.isUppercase(scalars[$0 - 2])
    }) else { return false }
    return !Self.surnamePrefixes.contains(Tokenizer.lowercased(scalars, Span(span.start, inner)))
  }

  /// Prefixes of family names written with a capital after them ("MacVarek", "FitzOrsk").
  private static let surnamePrefixes: Set<String> = WordList.words("mac van von fitz del della des dal ten ter")

  /// True for "Boston Pirates", "Texas Rangers": a known place, then an English noun in the
  /// plural naming its team, club or party.
  func isPlaceTeam(_ range: Range<Int>, words: [Int]) -> Bool {
    guard words.count >= 2, let last = words.last, words[0] == range.lowerBound else { return false }
    let tokens = document.tokens
    let lower = tokens.lower(last)
    guard tokens[last].isCapitalized, !tokens[last].isAllCaps, lower.hasSuffix("s"), !lower.hasSuffix("ss"),
      !tokens[last].is(.placeHead), !document.names.isPluralDemonym(last),
      CommonWords.contains(String(lower.dropLast())) || lower.hasSuffix("es") && CommonWords.contains(String(lower.dropLast(2)))
    else { return false }
    let place = document.text(range.lowerBound..<(words[words.count - 2] + 1))
    return Gazetteer.shared.isPlace(place)
  }

  /// True when the words around a lone name treat it as a person's: a role or kin after its
  /// possessive ("Kennedy's adviser"), a party to a case ("Wade v. Jacobs"), an author cited
  /// ("Marsden & Liu", "Marsden, 2014", "Marsden, Liu, & Ortiz, 2014", "Marsden (2014)",
  /// "Marsden et al."), not after a preposition of place ("in Marsden (1990)").
  func isCitedPerson(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    let after = range.upperBound
    let before = range.lowerBound - 1
    guard after + 1 < tokens.count else { return false }
    let next = tokens.lower(after)
    if tokens[after].kind == .possessive, tokens[after + 1].isWord {
      var role = after + 1
      while role < min(after + 4, tokens.count - 1), !tokens[role].is(.title), !Self.kin.contains(tokens.lower(role)),
        tokens[role + 1].isWord, !tokens[role].isCapitalized
      {
        role += 1
      }
      return tokens[role].is(.title) || Self.kin.contains(tokens.lower(role))
    }
    if Self.versus.contains(next) || before >= 0 && Self.versus.contains(tokens.lower(before)) { return true }
    if next == "&" || next == "et" && tokens.lower(after + 1) == "al" { return true }
    return !followsPlacePreposition(range) && endsInYear(after)
  }

  /// True when the names and commas from token `start` on run to a year after a comma or an
  /// opening parenthesis: an author list ("…, Liu, & Ortiz, 2014", "… and Liu (2014)", "…, (2014)").
  func endsInYear(_ start: Int) -> Bool {
    let tokens = document.tokens
    for index in start..<min(start + 14, tokens.count) {
      if tokens[index].kind == .number {
        return index > start && tokens.text(index).utf8.count == 4 && [",", "("].contains(tokens.text(index - 1))
      }
      guard Self.authorListWords.contains(tokens.lower(index)) || tokens[index].isCapitalized else { return false }
    }
    return false
  }

  /// What stands between the names of an author list.
  private static let authorListWords: Set<String> = [",", "&", "and", "("]

  private static let versus: Set<String> = WordList.words("v. vs. v vs versus")
  private static let kin: Set<String> = WordList.words(
    "wife husband son daughter sons daughters mother father brother sister family widow children parents")

  /// Titles of a body's leader, which a name with the leader's after it is the body of ("Civic
  /// Watch president Tom Fitton"); a country or a town known as one stays a place ("Kenya
  /// President").
  private static let leaders: Set<String> = WordList.words("president chairman chairwoman")

  /// Roles only a company or a body has, which may follow its name without a possessive
  /// ("Zelbor founder Ana Ruiz"); "spokesman" or "chairman" may follow a person's ("Ruiz
  /// spokesman …").
  private static let companyRoles: Set<String> = WordList.words(
    "founder co-founder founders ceo cfo coo headquarters employees shareholders subsidiary subsidiaries")

  /// True for a form of address after "your", "his" or "her": "Your Honor", "His Excellency".
  func isAddressed(_ range: Range<Int>) -> Bool {
    let before = range.lowerBound - 1
    return range.count == 1 && before >= 0 && ["your", "his", "her"].contains(document.tokens.lower(before))
      && Titles.addressWords.contains(document.tokens.lower(range.lowerBound))
  }

  /// True when a comma and a number follow the name ("Oda Ave, 2 blocks away").
  private func isBeforeNumber(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    return range.upperBound + 1 < tokens.count && tokens.text(range.upperBound) == "," && tokens[range.upperBound + 1].kind == .number
  }

  /// True when a preposition of place stands right before the name ("in York", "from Socotra").
  func followsPlacePreposition(_ range: Range<Int>) -> Bool {
    let before = range.lowerBound - 1
    return before >= 0 && Places.prepositions.contains(document.tokens.lower(before))
  }

  /// True for a word shaped like an English adjective or plural noun rather than a name
  /// ("Civic", "Democrats"): names of parties and groups, not people.
  func looksLikeNoun(_ lower: String) -> Bool {
    for suffix in ["ic", "al", "ive", "ism", "ist", "ary", "ory", "ion", "ists", "ats", "ers"] where lower.hasSuffix(suffix) {
      return lower.count > suffix.count + 2
    }
    return false
  }

  /// The word that decides the kind of a name: the last word before "of"/"for", else the last.
  func headIndex(_ range: Range<Int>) -> Int {
    let tokens = document.tokens
    if let connector = range.first(where: { tokens.lower($0) == "of" || tokens.lower($0) == "for" }),
      connector > range.lowerBound
    {
      return connector - 1
    }
    return range.upperBound - 1
  }

  /// True when a noun for a thing follows the name ("THAAD anti-missile system").
  func followedByThingNoun(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    var index = range.upperBound
    var looked = 0
    while index < tokens.count, looked < 2, tokens[index].isWord,
      document.blockOfToken[index] == document.blockOfToken[range.lowerBound]
    {
      if OtherThings.followers.contains(tokens.lower(index)) { return true }
      if tokens[index].isCapitalized { return false }
      index += 1
      looked += 1
    }
    return false
  }

  /// True when the name qualifies a role written after it ("former Labour party leader", "the
  /// Green mayoral candidate"): it names a body or a place, not the person.
  func qualifiesRole(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    var index = range.upperBound
    while index < tokens.count, index < range.upperBound + 3, tokens[index].isWord, !tokens[index].isCapitalized {
      if SpeakerNouns.contains(tokens.lower(index), kindsOfPeople: false) { return true }
      index += 1
    }
    return false
  }

  /// True when a title for a person stands right before the name at `range` ("President
  /// Ruiz"): no word that only qualifies titles ("former"), and no title after the name, which
  /// the name would qualify ("former Carroll Gov. Ann Cole").
  func isTitled(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    let before = range.lowerBound - 1
    return before >= 0 && tokens[before].is(.title) && !Titles.qualifiers.contains(tokens.lower(before))
      && !(range.upperBound < tokens.count && tokens[range.upperBound].is(.title))
  }

  /// True when the words around the name say it is a person: a role word before it
  /// ("analyst Tong Zhao"; not a word that only qualifies a title, nor before a name that
  /// itself qualifies the title after it: "former Carroll Gov. Ann Cole"), an apposition after
  /// it ("Tong Zhao, an analyst"), or a reporting verb right after it.
  func hasPersonContext(_ range: Range<Int>) -> Bool {
    let tokens = document.tokens
    let before = range.lowerBound - 1
    // Nor a role in lower case after the name ("Carroll state senator").
    if isTitled(range), !qualifiesRole(range) { return true }
    // "Veldhoven's chief executive, Marieke de Groot"
    if before >= 1, tokens.text(before) == ",", tokens[before - 1].is(.title) { return true }
    let after = range.upperBound
    if after < tokens.count, ReportingVerbs.isCue(tokens.lower(after)) { return true }
    if after + 2 < tokens.count, tokens.text(after) == "," {
      let next = tokens[after + 1]
      // "Ana Ruiz of Denver, who …", "…, 45,": the person is the one before "of".
      let afterOf = before >= 0 && tokens.lower(before) == "of"
      if !afterOf, tokens.lower(of: next) == "who" || next.kind == .number || next.is(.title) { return true }
      if ["a", "an", "the"].contains(tokens.lower(of: next)) { return appositionType(range) ?? .person == .person }
      // "…, Marieke de Groot, said": a name set off as the subject, not one ending a phrase
      // ("in the province of Dhi Qar, said").
      let opensClause = before < 0 || [",", "(", "“", "\""].contains(tokens.text(before)) || document.isClauseInitial(range.lowerBound)
      if ReportingVerbs.strong.contains(tokens.lower(of: next)), opensClause { return true }
    }
    return false
  }

}
