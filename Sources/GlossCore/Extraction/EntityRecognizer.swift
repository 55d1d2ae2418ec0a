/// Finds names in an article: runs of capitalised words, cut at titles and trimmed of ordinary
/// words, then classified. Grouping the names into entities is `EntityGrouper`'s work.
struct EntityRecognizer {
  /// Small words that may stand inside a name ("Church of Scientology", "Ludwig van Beethoven").
  static let connectors: Set<String> = [
    "of", "for", "the", "de", "del", "della", "da", "di", "van", "von", "der", "den", "al", "bin",
    "la", "le", "du", "and", "&",
  ]

  /// Connectors that open surnames when capitalised ("Le Vasseur", "Van Halst", "Da Costa").
  static let particles: Set<String> = ["de", "del", "della", "da", "di", "van", "von", "der", "den", "la", "le", "du"]

  let document: Document
  let gazetteer = Gazetteer.shared
  /// Made once: a classifier holds the document and the lexicons, which cost a retain each to
  /// copy, and there is a candidate every few words.
  private let classifier: EntityClassifier
  /// What the gazetteer said of the ranges of several tokens looked up last.
  private let known = KnownRanges()

  /// The kinds of the last few ranges looked up: a run of capitalised words is looked up whole,
  /// then again as a candidate name (and at an "and", or before a person's name, once more),
  /// each time making its text and searching the lexicons. The repeats come close together, so
  /// a few ranges, searched one by one, keep them; a table of every range would cost more.
  private final class KnownRanges {
    private var ranges = [Range<Int>](repeating: 0..<0, count: 8)
    private var kinds = [Gazetteer.Kind?](repeating: nil, count: 8)
    private var next = 0

    /// The kind found for `range`: nil when it was not among the last looked up, `.some(nil)`
    /// when it was, as nothing.
    func kind(of range: Range<Int>) -> Gazetteer.Kind?? {
      for slot in ranges.indices where ranges[slot] == range { return .some(kinds[slot]) }
      return nil
    }

    /// Notes that `range` is `kind`, in place of the range noted longest ago.
    func note(_ range: Range<Int>, _ kind: Gazetteer.Kind?) {
      ranges[next] = range
      kinds[next] = kind
      next = (next + 1) % ranges.count
    }
  }

  init(document: Document) {
    self.document = document
    classifier = EntityClassifier(document: document)
  }

  /// Every candidate name in the blocks `range` (indexes in `document.blocks`) of `document`, in
  /// text order: with more than one of `workers`, runs of blocks side by side, a recognizer each,
  /// since the names found in one block do not depend on another (names listed together are typed
  /// alike afterwards, over them all: ``CoordinatedNames``).
  static func candidates(in document: Document, blocks range: Range<Int>, workers: Int) -> [EntityCandidate] {
    OrderedWork.joinedRuns(count: range.count, workers: workers) { run in
      EntityRecognizer(document: document).candidates(inBlocks: range.lowerBound + run.lowerBound..<range.lowerBound + run.upperBound)
    }
  }

  /// Every candidate name in the blocks `range` (indexes in `document.blocks`), in text order,
  /// each typed on its own.
  func candidates(inBlocks range: Range<Int>) -> [EntityCandidate] {
    var result: [EntityCandidate] = []
    let tokens = document.tokens
    for block in document.blocks[range] {
      let trusted = !block.isTitleCase && !block.isBoilerplate
      var index = block.tokens.lowerBound
      while index < block.tokens.upperBound {
        if let account = account(at: index, trusted: trusted) {
          result.append(account)
          index += 1
          continue
        }
        guard isNameToken(index) else {
          index += 1
          continue
        }
        let sentence = document.sentenceOfToken[index]
        var end = index + 1
        while end < block.tokens.upperBound, document.sentenceOfToken[end] == sentence {
          if isNameToken(end), tokens[end].spaceBefore || tokens[end - 1].isWord {
            end += 1
            continue
          }
          var next = end
          while next < block.tokens.upperBound, next - end < 2,
            tokens[next].is(.connector), !tokens[next].isCapitalized || tokens.lower(next) == "the"
          {
            next += 1
          }
          if next > end, next < block.tokens.upperBound, isNameToken(next),
            document.sentenceOfToken[next] == sentence
          {
            end = next + 1
            continue
          }
          break
        }
        split(index..<end, trusted: trusted, into: &result)
        index = end
      }
    }
    return result
  }

  /// The account name at `index` ("@harbour_watch"), a person's: a social network's user.
  private func account(at index: Int, trusted: Bool) -> EntityCandidate? {
    // Checked on the token's first scalar first: this runs for every word of the article.
    guard document.tokens[index].first == "@", document.tokens[index].isWord else { return nil }
    let text = document.tokens.text(index)
    guard text.count > 1 else { return nil }
    return EntityCandidate(
      tokens: index..<index + 1, surface: text, name: text, type: .person, confidence: 2, title: nil, country: nil,
      sourceType: nil, trusted: trusted)
  }

  /// True for a capitalised word that can be part of a name.
  func isNameToken(_ index: Int) -> Bool { document.names.isNameWord(index) }

  /// What the gazetteer knows the tokens `range` as (a single word's kind was looked up once);
  /// `text` is their text, when the caller has it already.
  func lookup(_ range: Range<Int>, text: String? = nil) -> Gazetteer.Kind? {
    if range.count == 1 { return document.names.kind(range.lowerBound) }
    if let kind = known.kind(of: range) { return kind }
    let kind = gazetteer.lookup(text ?? document.text(range), listedNames: document.names.opensListedName(range.lowerBound))
    known.note(range, kind)
    return kind
  }

  /// Cuts a run of capitalised words into names, appended to `result`: drops ordinary words and
  /// demonyms in front, splits at titles ("NASA Administrator Charles Bolden") and at "and"
  /// between two names.
  func split(_ run: Range<Int>, trusted: Bool, into result: inout [EntityCandidate]) {
    let tokens = document.tokens
    // "Major donors say", "Chief executives said": a title opening a sentence before a noun in
    // lower case qualifies the noun, and names no one; unless the article writes it as a
    // family name ("Ann Judge … Judge later said"), or a verb follows ("Judge doesn't").
    if run.count == 1, tokens[run.lowerBound].is(.title), document.isClauseInitial(run.lowerBound),
      !document.names.isFamilyName(run.lowerBound),
      run.upperBound < tokens.count, tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized,
      !document.isVerb(run.upperBound, strict: true), !FunctionWords.isContraction(tokens.lower(run.upperBound))
    {
      return
    }
    // "apologized to Rep. June Costa": an abbreviated title alone, cut from its name by a word
    // that names none, is no one.
    if run.count == 1, tokens[run.lowerBound].is(.title), tokens.text(run.lowerBound).hasSuffix(".") { return }
    // The commonest run: one ordinary word opening a sentence ("The", "However").
    if run.count == 1, !tokens[run.lowerBound].isAllCaps, isOrdinary(run.lowerBound) {
      // "Miller, a retired nurse, said": an English word opening a sentence may be the short
      // form of a person the article names in full ("Eva Miller"); the grouper keeps it only so.
      if isNameElsewhere(run.lowerBound), var candidate = candidate(run, title: nil, trusted: trusted) {
        candidate.onlyAsShortForm = true
        result.append(candidate)
      }
      return
    }
    if run.count == 1, document.names.isOtherAdjective(run.lowerBound) { return }
    // "…,” Greek said": a demonym naming one who speaks or acts may be the family name of a
    // person the article names in full ("Dana Greek"); the grouper keeps it only so.
    if document.isLoneDemonym(run), namesActor(run.lowerBound),
      var candidate = candidate(run, title: nil, trusted: trusted)
    {
      candidate.onlyAsShortForm = true
      result.append(candidate)
      return
    }
    if lookup(run) != nil, tokens.text(run.lowerBound) != "The" || gazetteer.knows(document.text(run)) {
      return append(run, title: nil, trusted: trusted, to: &result)
    }
    var start = run.lowerBound
    // An English word opening a sentence is dropped, unless it opens a known name or a demonym of
    // two words with the words after it ("North Dakota Gov. Ann Cole", "South Sudanese President …"),
    // or is the first word of a body or place named by its head ("State Department officials").
    while start < run.upperBound, isOrdinary(start), !opensLongerName(start, in: run), !opensHeadedName(start, in: run) {
      start += 1
    }
    // "The CEO said", "a super PAC": an initialism of a common noun alone names only what the
    // article describes by it (``EntityGrouper``), and nothing before a name after a word in
    // lower case other than an article or a preposition ("a super PAC Harbor Action"; "the AIDS
    // Healthcare Foundation", "shares of NEC Corporation" keep it); one that is also a known name
    // is that name ("the PBS program").
    if start < run.upperBound, Initialisms.isCommonNoun(start, of: tokens), lookup(start..<start + 1) == nil {
      if start + 1 == run.upperBound {
        if var candidate = candidate(start..<run.upperBound, title: nil, trusted: trusted) {
          candidate.onlyAsDescribed = true
          result.append(candidate)
        }
        return
      }
      let before = start - 1
      if before >= 0, tokens[before].isWord, !tokens[before].isCapitalized, !tokens[before].is(.preposition),
        !tokens[before].is(.determiner)
      {
        start += 1
      }
    }
    // "former secretary of State Velde": the office's field after a title in lower case.
    if start == run.lowerBound, start >= 2, tokens.lower(start - 1) == "of", !tokens[start - 2].isCapitalized,
      Titles.offices.contains(tokens.lower(start - 2))
    {
      let field = fieldEnd(from: start, in: run)
      if field > start, field < run.upperBound, isNameStart(field) { start = field }
    }
    // A demonym qualifies the name after it ("Chinese President Xi") unless it belongs to an
    // organisation's name ("Saudi Interior Ministry").
    let isBody = tokens[run.upperBound - 1].is(.organizationHead)
    if !isBody, start < run.upperBound, document.names.demonymOf(start) != nil { start += 1 }
    if !isBody, start + 1 < run.upperBound,
      document.names.demonymOf(start, start + 1) != nil
    {
      start += 2
    }
    // "President Ana Velde": a title among the English words before a person's name is kept
    // as the name's title ("Democrat Ann Cole" has none).
    var title: String?
    if !isBody {
      let qualified = start
      start = personAfterQualifier(start..<run.upperBound)
      var titleStart = start
      while titleStart > qualified, isTitle(titleStart - 1, in: run) { titleStart -= 1 }
      if titleStart < start { title = document.text(titleStart..<start) }
    }
    guard start < run.upperBound else { return }
    // "Ana Velde, Republican of Ohio,": a member of a party or people, then where from.
    if start + 2 < run.upperBound, tokens.lower(start + 1) == "of", tokens[start].is(.peopleName),
      lookup(start + 2..<run.upperBound)?.isPlace == true
    {
      append(start..<start + 1, title: nil, trusted: trusted, to: &result)
      return split(start + 2..<run.upperBound, trusted: trusted, into: &result)
    }
    if let of = personOfBody(start..<run.upperBound) {
      var body = of + 1
      if body < run.upperBound, tokens.lower(body) == "the", lookup(body..<run.upperBound) == nil {
        body += 1
      }
      split(start..<of, trusted: trusted, into: &result)
      return split(body..<run.upperBound, trusted: trusted, into: &result)
    }
    var segmentStart = start
    var index = start
    while index < run.upperBound {
      // "Sandra Whitcombe Teacher of the Year", "Teacher of the Year Dana Pell": an award's
      // name is one of its own, apart from the names before and after it.
      if isAward(index, in: run) {
        if index > segmentStart { splitAtAnd(segmentStart..<index, title: title, trusted: trusted, into: &result) }
        append(index..<index + 4, title: nil, trusted: trusted, to: &result)
        title = nil
        segmentStart = index + 4
        index += 4
        continue
      }
      if isTitle(index, in: run) {
        // "Defense Secretary Ann Cole": the office's field is a word of the title, no name.
        let titleStart = portfolioStart(segmentStart..<index, before: index) ?? index
        if titleStart > segmentStart { splitAtAnd(segmentStart..<titleStart, title: title, trusted: trusted, into: &result) }
        var titleEnd = index + 1
        while titleEnd < run.upperBound, isTitle(titleEnd, in: run) { titleEnd += 1 }
        title = document.text(titleStart..<titleEnd)
        // "Secretary of Labor", and for an office "Secretary for Political Affairs".
        if titleEnd < run.upperBound,
          tokens.lower(titleEnd) == "of" || tokens.lower(titleEnd) == "for" && Titles.offices.contains(tokens.lower(titleEnd - 1))
        {
          let complement = titleComplement(after: titleEnd, in: run)
          if complement.isName { append(titleEnd + 1..<complement.end, title: nil, trusted: trusted, to: &result) }
          title = document.text(titleStart..<complement.end)
          titleEnd = complement.end
        }
        // "a word from the Lord for Ana Velde": a title reaches no name past a word in lower case
        // but a name's particle ("Mme du Quellan").
        if titleEnd < run.upperBound, !tokens[titleEnd].isCapitalized, !isNameToken(titleEnd) { title = nil }
        segmentStart = titleEnd
        index = titleEnd
        continue
      }
      index += 1
    }
    if segmentStart < run.upperBound {
      splitAtAnd(segmentStart..<run.upperBound, title: title, trusted: trusted, into: &result)
    }
  }

  /// Where a person's name starts after English words that qualify them ("Democrat Ann Cole",
  /// "Pianist Tom Reed", "Republican Ann Trump"): at a given name followed by a surname (a
  /// listed one, a word that is no English word, or any word that ends the run and heads no
  /// place, body or thing), when every word before it is an ordinary word and they make no known
  /// name together ("New York"); else `run.lowerBound`.
  func personAfterQualifier(_ run: Range<Int>) -> Int {
    let tokens = document.tokens
    var index = run.lowerBound
    while index + 2 < run.upperBound, tokens[index].is(.common), !tokens[index].is(.givenName), !tokens[index].is(.connector) {
      index += 1
    }
    guard index > run.lowerBound, index + 1 < run.upperBound, tokens[index].is(.givenName), !tokens[index].is(.common),
      isSurname(index + 1, last: index + 2 == run.upperBound), lookup(run.lowerBound..<index + 1) == nil
    else { return run.lowerBound }
    return index
  }

  /// True when the word may be the surname after a given name: a listed family name, a
  /// capitalised word that is no English word, or (as the run's last word) one that heads no
  /// place, body or thing ("Trump", "Green").
  private func isSurname(_ index: Int, last: Bool) -> Bool {
    let token = document.tokens[index]
    guard token.isCapitalized else { return false }
    if token.is(.familyName) || !token.is(.common) { return true }
    return last && !token.is(.placeHead) && !token.is(.organizationHead) && !token.is(.thingHead)
  }

  /// The "of" in "Matthew Ingram of The Globe and Mail" or "Lee Cheuk-yan of the Labour Party":
  /// a person's name, then the body they belong to.
  func personOfBody(_ run: Range<Int>) -> Int? {
    let tokens = document.tokens
    guard let of = run.first(where: { tokens.lower($0) == "of" }), of - run.lowerBound >= 2,
      of + 1 < run.upperBound, !isAward(of - 1, in: run)
    else { return nil }
    let first = tokens.lower(run.lowerBound)
    var body = of + 1
    if body < run.upperBound, tokens.lower(body) == "the" { body += 1 }
    let bodyIsKnown =
      body < run.upperBound
      && (tokens[body].isAllCaps || lookup(body..<run.upperBound) != nil
        || tokens[run.upperBound - 1].is(.organizationHead))
    guard tokens[run.lowerBound].is(.givenName) || PersonNames.eastAsianFamily.contains(first) || bodyIsKnown else {
      return nil
    }
    let left = run.lowerBound..<of
    let hasHead = left.contains { tokens[$0].is(.organizationHead) || tokens[$0].is(.placeHead) }
    return hasHead ? nil : of
  }

  /// True for a capitalised word of two letters or more the article writes capitalised inside
  /// a sentence and never in lower case ("Miller" of "Eva Miller"; not an initial).
  private func isNameElsewhere(_ index: Int) -> Bool {
    let token = document.tokens[index]
    return token.isCapitalized && token.is(.capitalizedInside) && !token.is(.writtenLowercase)
      && document.tokens.text(of: token).unicodeScalars.count > 1
  }

  /// True when the demonym at `index` names a person who speaks or acts: right after a verb of
  /// speech and before a mark ("said Greek."), or before a verb, past an adverb at most, a
  /// possessive or a relative clause ("Greek said", "Greek also gave", "Greek's plan", "Greek,
  /// who …"); never after an article, a hyphen or a preposition ("a Greek", "Anglo-Greek", "in
  /// Greek"). A language, a ship's flag or a dish is named so too often to take the word
  /// anywhere else for a person's name.
  private func namesActor(_ index: Int) -> Bool {
    let tokens = document.tokens
    let next = index + 1
    if index > 0 {
      let before = tokens.lower(index - 1)
      if tokens[index - 1].is(.determiner) || before == "-" || FunctionWords.prepositions.contains(before) { return false }
      if tokens[index - 1].is(.cue) {
        return next == tokens.count || tokens[next].isPunctuation && tokens.text(next) != "-"
      }
    }
    guard next < tokens.count else { return false }
    // "Greek's plan", "Greek, who owns the line,".
    if tokens[next].kind == .possessive || tokens.text(next) == "," && next + 1 < tokens.count && tokens.lower(next + 1) == "who" {
      return true
    }
    var verb = next
    if verb + 1 < tokens.count, !tokens[verb].isCapitalized, FunctionWords.isAdverbBeforeVerb(tokens.lower(verb)) { verb += 1 }
    if tokens[verb].is(.cue) || tokens[verb].is(.indirectCue) { return !tokens[verb].isCapitalized }
    // "Greek gave", "Greek demurred.", "Greek seemed to"; not "English is taught" nor "Greek
    // owned ships", a word in -ed before the noun it describes.
    let lower = tokens.lower(verb)
    guard document.isLowerCaseVerb(verb), !FunctionWords.beForms.contains(lower), !["has", "have", "had"].contains(lower) else {
      return false
    }
    guard lower.hasSuffix("ed"), verb + 1 < tokens.count, tokens[verb + 1].isWord else { return true }
    return FunctionWords.isFunctionWord(tokens.lower(verb + 1))
  }

  /// A word at the start of a run that is an ordinary word written with a capital: "The",
  /// or a sentence's first word that the article also writes in lower case.
  func isOrdinary(_ index: Int) -> Bool {
    let token = document.tokens[index]
    if token.is(.title) { return false }
    if token.is(.determiner) { return true }
    if document.names.isPluralDemonym(index) { return true }
    guard document.isClauseInitial(index) else { return false }
    if document.tokens.lower(index).hasSuffix("ly"), !token.isAllCaps { return true }
    return token.is(.common) || token.is(.writtenLowercase)
  }

  /// True when the words from `start` make a known name of two or three words, or a demonym of
  /// two, that the run `run` goes on after; never from "The" ("The White House said" names the
  /// White House).
  private func opensLongerName(_ start: Int, in run: Range<Int>) -> Bool {
    guard start + 2 < run.upperBound, !document.tokens[start].is(.determiner) else { return false }
    if document.names.demonymOf(start, start + 1) != nil { return true }
    return (start + 2...min(start + 3, run.upperBound - 1)).contains { lookup(start..<$0) != nil }
  }

  /// True when the English word at `start` and the words after it make the whole rest of `run`
  /// and one name: one word after it, the head of a body or a place, and the article writing the
  /// first capitalised inside a sentence too ("State Department", "Reform Party" at the start
  /// of a sentence are names of two words, as they are inside one; "Today Congress", "Senior
  /// Party officials" are not), or an apposition saying they name a body ("Harbor Fund, a super
  /// PAC, raised …", "Green Future Coalition, an environmental group, sued …"; not a word describing the
  /// name, ``isDescriptor(_:)``). Not a determiner, a function word, a word opening a phrase or
  /// an adverb ("The Party", "Once Congress acts", "Only Congress"), nor capitals shouting a
  /// slogan ("GROWING PARTY"), nor before an initialism of a common noun ("Super PAC ads").
  private func opensHeadedName(_ start: Int, in run: Range<Int>) -> Bool {
    let tokens = document.tokens
    guard start + 2 <= run.upperBound, !tokens[start].is(.determiner), !tokens[start].is(.title), !tokens[start].isAllCaps else {
      return false
    }
    let lower = tokens.lower(start)
    guard !FunctionWords.isFunctionWord(lower), !FunctionWords.introductions.contains(lower), !lower.hasSuffix("ly"),
      !Initialisms.isCommonNoun(start + 1, of: tokens)
    else {
      return false
    }
    if let head = document.appositionHead(after: run),
      tokens[head].is(.organizationHead) || Organizations.kindNouns.contains(tokens.lower(head))
    {
      return !isDescriptor(lower)
    }
    return start + 2 == run.upperBound && tokens[start].is(.capitalizedInside)
      && (tokens[start + 1].is(.organizationHead) || tokens[start + 1].is(.placeHead))
  }

  /// True when the lower-case `word` describes the name after it rather than opening it: a kind
  /// of body, person or side ("Startup Belvio", "Retailer Marvello", "Rival Quorin", "Critics
  /// Velde"), a day ("Yesterday Quorin") or a quantity ("Thousands of Oromos, a minority
  /// group,").
  private func isDescriptor(_ word: String) -> Bool {
    Organizations.kindNouns.contains(word) || SpeakerNouns.contains(word) || StanceWords.holders.contains(word)
      || CalendarWords.relativeDays.contains(word) || Self.quantities.contains(word)
  }

  /// Nouns of quantity that open a phrase of many ("Thousands of Oromos").
  private static let quantities: Set<String> = WordList.words("dozens scores hundreds thousands millions billions")

  /// True when the word at `index` opens the name of an award, "of the" and a stretch of time
  /// after it ("Teacher of the Year", "Player of the Month"): no title, and no person.
  private func isAward(_ index: Int, in run: Range<Int>) -> Bool {
    let tokens = document.tokens
    return index + 3 < run.upperBound && tokens.lower(index + 1) == "of" && tokens.lower(index + 2) == "the"
      && CalendarWords.timeNouns.contains(tokens.lower(index + 3))
  }

  /// True when the word is a title followed by more of the name ("President" in "President Xi"),
  /// or a role right before a person's name (``isRoleBeforeName(_:in:)``).
  func isTitle(_ index: Int, in run: Range<Int>) -> Bool {
    let token = document.tokens[index]
    guard token.isCapitalized, index + 1 < run.upperBound, !isAward(index, in: run) else { return false }
    guard token.is(.title) else { return isRoleBeforeName(index, in: run) }
    // An honorific only ever stands before a person's name ("Ms. Mills").
    if Titles.isHonorific(document.tokens.lower(index)) { return true }
    // "General Turbines", "Justice Department": a title right before the head of a body's name
    // is a word of that name.
    if document.tokens[index + 1].is(.organizationHead) { return false }
    return !document.tokens[run.upperBound - 1].is(.organizationHead)
      || index == run.lowerBound && document.tokens.lower(index + 1) != "of"
  }

  /// True when the word at `index` is a noun for a kind of person (WordNet's) that heads a role
  /// right before a name of two words or more: a listed given name, then a word that may be a
  /// surname, no auxiliary, reporting verb, function word or head of a body's or place's name
  /// ("Police Superintendent Eddie Ruiz", "Public Advocate Tom Reed"; not "Voters Grace Had"
  /// in a title-case line, nor "Mother Agnes Chapel"). A given name is no role ("Earl"), nor a
  /// word after one (a middle name: "Ana Baker Lynn Cole").
  private func isRoleBeforeName(_ index: Int, in run: Range<Int>) -> Bool {
    let tokens = document.tokens
    guard index + 2 < run.upperBound, tokens[index + 1].is(.givenName), !tokens[index].is(.givenName),
      !isMiddleName(index, in: run)
    else { return false }
    let surname = tokens[index + 2]
    guard surname.isWord, surname.isCapitalized, !Document.auxiliaries.contains(tokens.lower(index + 2)), !surname.is(.cue),
      !surname.is(.determiner), !surname.is(.preposition), !surname.is(.connector), !isHeadWord(index + 2)
    else { return false }
    return SpeakerNouns.isKindOfPerson(tokens.lower(index))
  }

  /// True when the word at `index` follows a given name that opens a name, at the start of
  /// `run` or after a title ("Ana Baker Lynn Cole", "Judge Ana Baker Lynn Cole"; not "San Marco
  /// Treasurer").
  private func isMiddleName(_ index: Int, in run: Range<Int>) -> Bool {
    let tokens = document.tokens
    guard index > run.lowerBound, tokens[index - 1].is(.givenName) else { return false }
    return index - 1 == run.lowerBound || tokens[index - 2].is(.title)
  }

  /// Where what follows "Governor of" ends, and whether it names a place or body: the longest
  /// known place; else, after a title of office (``Titles/offices``), the office's field in
  /// English words ("Secretary of Homeland Security", "Minister of the Interior"), which is part
  /// of the title; else one word, a name.
  func titleComplement(after of: Int, in run: Range<Int>) -> (end: Int, isName: Bool) {
    guard of + 1 < run.upperBound else { return (run.upperBound, false) }
    var end = min(run.upperBound, of + 4)
    while end > of + 2 {
      if lookup(of + 1..<end) != nil { return (end, true) }
      end -= 1
    }
    // "President of the United States": the place after "the".
    let first = document.tokens.lower(of + 1) == "the" ? of + 2 : of + 1
    if first > of + 1 {
      end = min(run.upperBound, first + 3)
      while end > first {
        if lookup(first..<end) != nil { return (end, true) }
        end -= 1
      }
    }
    // "Director of the Remembrance Project": a body's name.
    if document.tokens[run.upperBound - 1].is(.organizationHead) { return (run.upperBound, true) }
    // "The" written with a capital opens a name ("Director of The Remembrance Project").
    if of > run.lowerBound, Titles.offices.contains(document.tokens.lower(of - 1)), document.tokens.text(of + 1) != "The" {
      let field = fieldEnd(from: of + 1, in: run)
      if field > of + 1, field == run.upperBound || isNameStart(field) { return (field, false) }
    }
    return (min(of + 2, run.upperBound), true)
  }

  /// Where the English words naming an office's field end, from `start` ("Health and Human
  /// Services", "the Navy"); `start` when there are none. A given name ends them ("Secretary of
  /// Labor Tom Perez"); a surname that is an English word does not ("Secretary of State Rice"
  /// loses Rice).
  private func fieldEnd(from start: Int, in run: Range<Int>) -> Int {
    let tokens = document.tokens
    var end = start
    var index = start
    while index < run.upperBound {
      if ["the", "and", "&"].contains(tokens.lower(index)) {
        index += 1
        continue
      }
      // A word heading a body or a place is one only before more of the field or a name
      // ("Government Affairs", "the Navy Ray Mabus").
      let isField = isFieldWord(index) || isHeadWord(index) && index + 1 < run.upperBound
        && (isFieldWord(index + 1) || isNameStart(index + 1))
      guard isField else { break }
      index += 1
      end = index
    }
    return end
  }

  /// True for a capitalised English word that may name an office's field: no given name, no
  /// acronym, no word that heads the name of a body or a place, nothing the lists know but as
  /// a town ("Commerce" is one).
  private func isFieldWord(_ index: Int) -> Bool {
    let token = document.tokens[index]
    guard token.isCapitalized, token.is(.common), !token.is(.givenName), !token.isAllCaps, !token.is(.title),
      !isHeadWord(index)
    else { return false }
    let kind = lookup(index..<index + 1)
    return kind == nil || kind == .place
  }

  /// True for a word that may open a person's name: a listed given or family name, or a
  /// capitalised word that is no English word.
  private func isNameStart(_ index: Int) -> Bool {
    let token = document.tokens[index]
    return token.is(.givenName) || token.is(.familyName) || token.isCapitalized && !token.is(.common)
  }

  /// True for a word that heads the name of a body or a place ("Government", "Navy", "Valley").
  private func isHeadWord(_ index: Int) -> Bool {
    document.tokens[index].is(.organizationHead) || document.tokens[index].is(.placeHead)
  }

  /// Where the words naming the office's field start before the title at `title`, at the end of
  /// `range` ("Defense Secretary", "Ruiz and Foreign Minister", "Public Advocate"): English words
  /// a title of office (``Titles/offices``) or a role before a name follows, making no known
  /// name; nil when there are none. Before any other title, only adjectives qualify it, after
  /// nothing or a known place ("Denver Political Editor": the editor of political news, in
  /// Denver; "Quellan Financial Chief Executive" is Quellan Financial's).
  private func portfolioStart(_ range: Range<Int>, before title: Int) -> Int? {
    let tokens = document.tokens
    let isOffice = Titles.offices.contains(tokens.lower(title))
    let isAnyField = isOffice || !tokens[title].is(.title)
    guard !range.isEmpty else { return nil }
    var start = range.upperBound
    // A head word before a role ends the body's name ("Chicago Police Superintendent").
    while start > range.lowerBound,
      isAnyField
        ? isFieldWord(start - 1) || isOffice && isHeadWord(start - 1) && start < range.upperBound
        : isFieldWord(start - 1) && EntityClassifier.isAdjectiveForm(tokens.lower(start - 1))
          && (start - 1 == range.lowerBound || lookup(range.lowerBound..<start - 1)?.isPlace == true)
    {
      start -= 1
    }
    guard start < range.upperBound else { return nil }
    // "United Nations High Commissioner": no known name among the words.
    let known = (start + 2..<range.upperBound + 1).contains { lookup(start..<$0) != nil }
    return known ? nil : start
  }

  /// Splits "Colorado State University of the US and the University of Sheffield" at "and",
  /// but keeps "National Air and Space Museum" whole; the names are appended to `result`.
  func splitAtAnd(_ range: Range<Int>, title: String?, trusted: Bool, into result: inout [EntityCandidate]) {
    let tokens = document.tokens
    // "Gov. and Party Committee Chairman Ed Varro": a title does not reach past "and".
    let title = range.count > 1 && tokens.lower(range.lowerBound) == "and" ? nil : title
    guard let and = range.first(where: { tokens.lower($0) == "and" }) else {
      if let of = trailingCountry(range) {
        append(range.lowerBound..<of, title: title, trusted: trusted, to: &result)
        return append(of + 1..<range.upperBound, title: nil, trusted: trusted, to: &result)
      }
      if let end = knownBodyBeforeName(range) {
        append(range.lowerBound..<end, title: title, trusted: trusted, to: &result)
        return append(end..<range.upperBound, title: nil, trusted: trusted, to: &result)
      }
      return append(range, title: title, trusted: trusted, to: &result)
    }
    let left = range.lowerBound..<and
    if let of = trailingCountry(left) {
      splitAtAnd(range.lowerBound..<of, title: title, trusted: trusted, into: &result)
      append(of + 1..<and, title: nil, trusted: trusted, to: &result)
      return split(and + 1..<range.upperBound, trusted: trusted, into: &result)
    }
    let leftHasHead = left.contains { tokens[$0].is(.organizationHead) }
    let rightHasHead = tokens[range.upperBound - 1].is(.organizationHead)
    // "Energy and Water Commission": one head word, then "and", stays in the name; not after a
    // person's title, nor before "the" ("Senator Ruiz and the Republican Congress").
    let opensPhrase = and + 1 < range.upperBound && tokens.lower(and + 1) == "the"
    let keepsWhole = lookup(range) != nil || rightHasHead && title == nil && !opensPhrase
    if !leftHasHead || left.count == 1, keepsWhole {
      return append(range, title: title, trusted: trusted, to: &result)
    }
    var right = and + 1
    while right < range.upperBound, !tokens[right].isCapitalized { right += 1 }
    append(left, title: title, trusted: trusted, to: &result)
    split(right..<range.upperBound, trusted: trusted, into: &result)
  }

  /// Where a known body's name ends when a person's name follows it with no comma between:
  /// "the editorial board of the Washington Post Trump said" names the Post and Trump (a name
  /// of the public lists, or any word a reporting verb follows).
  func knownBodyBeforeName(_ range: Range<Int>) -> Int? {
    let tokens = document.tokens
    guard range.count >= 3, lookup(range) == nil, let last = range.last, !tokens[last].is(.organizationHead),
      tokens[last].is(.familyName) || tokens[last].is(.givenName)
        || range.upperBound < tokens.count && ReportingVerbs.isCue(tokens.lower(range.upperBound))
    else { return nil }
    for end in stride(from: range.upperBound - 1, to: range.lowerBound + 1, by: -1) {
      switch lookup(range.lowerBound..<end) {
      case .organization, .outlet, .agency: return end
      default: continue
      }
    }
    return nil
  }

  /// Where a trailing "of (the) <country>" starts in a longer organisation's name ("Colorado
  /// State University of the US"), to be cut off as a place of its own; names such as "Bank of
  /// England" keep it.
  func trailingCountry(_ range: Range<Int>) -> Int? {
    let tokens = document.tokens
    guard let last = range.last, case .country = document.names.kind(last) else { return nil }
    var of = last - 1
    if of > range.lowerBound, tokens.lower(of) == "the" { of -= 1 }
    guard of - range.lowerBound >= 2, tokens.lower(of) == "of" else { return nil }
    return of
  }

  /// Appends the candidate for `range` to `result`, if there is one. A word that only
  /// qualifies a title, standing alone ("Former presidential candidate …"), names no one.
  private func append(_ range: Range<Int>, title: String?, trusted: Bool, to result: inout [EntityCandidate]) {
    guard let candidate = candidate(range, title: title, trusted: trusted) else { return }
    if candidate.tokens.count == 1, Titles.qualifiers.contains(document.tokens.lower(candidate.tokens.lowerBound)) { return }
    result.append(candidate)
  }

  /// A classified candidate for `range`, trimmed of connectors at its ends.
  func candidate(_ range: Range<Int>, title: String?, trusted: Bool) -> EntityCandidate? {
    let tokens = document.tokens
    var lower = range.lowerBound
    var upper = range.upperBound
    let whole = document.text(range)
    let kind = lookup(range, text: whole)
    // "Le Vasseur", "De Ruiter": a capitalised particle opening a name of two words or more stays.
    while lower < upper, tokens[lower].is(.connector), kind == nil || tokens.lower(lower) != "the",
      !(tokens[lower].isCapitalized && Self.particles.contains(tokens.lower(lower)) && upper - lower >= 2)
    {
      lower += 1
    }
    while upper > lower, tokens[upper - 1].is(.connector) { upper -= 1 }
    guard lower < upper else { return nil }
    let trimmed = lower..<upper
    let surface = trimmed == range ? whole : document.text(trimmed)
    let name = mendedName(trimmed, surface: surface)
    var candidate = EntityCandidate(
      tokens: trimmed, surface: surface, name: name, type: nil, confidence: 0, title: title, country: nil,
      sourceType: nil, trusted: trusted)
    let known = trimmed == range && name == surface ? kind : name == surface ? lookup(trimmed, text: surface) : gazetteer.lookup(name)
    classifier.classify(&candidate, kind: known)
    return candidate
  }

  /// The name with a possessive misspelt as "’s" mended when the form ending in "s" is a known
  /// place ("University of Leed’s" → "University of Leeds").
  func mendedName(_ range: Range<Int>, surface: String) -> String {
    let after = range.upperBound
    if after < document.tokens.count, document.tokens[after].kind == .possessive {
      let last = document.tokens.text(range.upperBound - 1)
      if gazetteer.isPlace(last + "s") { return surface + "s" }
    }
    return surface
  }
}
