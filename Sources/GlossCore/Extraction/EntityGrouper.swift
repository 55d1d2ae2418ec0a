/// Groups candidate names into entities: one entity for "President Xi Jinping", "Xi Jinping"
/// and "Xi"; for "Terminal High Altitude Area Defense (THAAD)" and "THAAD"; for "Beijing" and
/// "China". Then finds the remaining mentions of known names (in headlines, captions,
/// hyphenated words such as "anti-THAAD") and links people to their countries.
struct EntityGrouper {
  let document: Document

  /// An entity under construction.
  private struct Group {
    var type: EntityType?
    var confidence: Int
    var country: String?
    var sourceType: SourceType?
    var surfaces: [String: Int] = [:]
    var titled: [String] = []
    /// Mentions in text order.
    var mentions: [(tokens: Range<Int>, span: Span)] = []
    /// Mentions found out of order (short forms, names in headlines), merged in at the end so
    /// recording one never shifts a long array.
    var late: [(tokens: Range<Int>, span: Span)] = []
    /// The first and last word of a person's full name, for short forms.
    var nameWords: [String] = []
    /// The surfaces whose words are in `nameWords` already.
    var personSurfaces: Set<String> = []
    /// The words a mention of one word called them by, each with the tokens it did so at, in
    /// text order (``establishedBearer(of:among:before:latest:)``).
    var calledAlone: [String: [Int]] = [:]
  }

  private var groups: [Group] = []
  private var groupOfKey: [String: Int] = [:]
  /// Keys of first and last words made from a name with middle names ("ana ruiz" from "Ana
  /// Maria Ruiz"): a two-word name joins such a group, another name with middle names does not.
  private var middleNameKeys: Set<String> = []
  /// People's groups by the first and last words of their full names, for short forms.
  private var peopleByWord: [String: [Int]] = [:]
  /// Groups by the initials of their multi-word names, for acronyms.
  private var groupOfInitials: [String: Int] = [:]
  /// Groups of two or three words typed by a guess at best, by their last word: a lone word
  /// that names one of them is a surname, and makes it a person ("Anselm Quirrot" … "Quirrot");
  /// not the word after "of" ("Anselm of Tavish" … "Tavish").
  private var guessesByLastWord: [String: [Int]] = [:]
  /// Groups by the titles they were named with ("President", "Chief Justice"), for a title
  /// standing alone for its holder.
  private var groupsByTitle: [String: [Int]] = [:]
  /// Bodies by the first word of their names of two words or more ("Redbank" of "Redbank
  /// Capital"), made once the full names are known; -1 for a word two bodies share.
  private var bodiesByFirstWord: [String: Int] = [:]

  init(document: Document) { self.document = document }

  /// Groups `candidates` (in text order) into an entity table. It empties `candidates` once they
  /// are read, before the table is built, which is when annotation holds the most memory.
  mutating func group(_ candidates: inout [EntityCandidate]) -> EntityTable {
    let acronyms = acronymDefinitions(candidates)
    var deferred: [EntityCandidate] = []
    for candidate in candidates where candidate.trusted && !candidate.onlyAsDescribed {
      if isShortForm(candidate) || isLoneTitle(candidate) {
        deferred.append(candidate)
      } else if let person = personShortForm(candidate) {
        var short = candidate
        short.type = .person
        short.country = nil
        short.confidence = 0
        record(short, in: person)
      } else {
        add(candidate, key: acronyms[candidate.tokens.lowerBound] ?? key(candidate))
      }
    }
    indexBodiesByFirstWord(candidates)
    for candidate in deferred { attachShortForm(candidate) }
    for candidate in candidates where !candidate.trusted && !candidate.onlyAsDescribed {
      if candidate.onlyAsShortForm {
        attachShortForm(candidate)
      } else if let group = existingGroup(for: candidate) {
        record(candidate, in: group)
      } else if candidate.confidence >= 3, !document.blocks[document.blockOfToken[candidate.tokens.lowerBound]].isBoilerplate {
        add(candidate, key: key(candidate))
      }
    }
    attachDescriptions(candidates)
    candidates = []
    addRemainingMentions()
    return table()
  }

  /// Records each initialism of a common noun standing alone ("the PAC", "the CEO") as a mention
  /// of the one entity the article describes by it (``describingInitialism(_:)``); with none or
  /// several so described, it names no one.
  private mutating func attachDescriptions(_ candidates: [EntityCandidate]) {
    guard candidates.contains(where: \.onlyAsDescribed) else { return }
    let tokens = document.tokens
    var described: [String: Set<Int>] = [:]
    for candidate in candidates where !candidate.onlyAsDescribed {
      guard let initialism = describingInitialism(candidate.tokens), let group = existingGroup(for: candidate) else { continue }
      described[initialism, default: []].insert(group)
    }
    for candidate in candidates where candidate.onlyAsDescribed {
      if let groups = described[tokens.lower(candidate.tokens.lowerBound)], groups.count == 1, let group = groups.first {
        record(candidate, in: group, asForm: false)
      }
    }
  }

  /// The initialism of a common noun (``Initialisms``, lower case) that describes the name at
  /// `range`: its own last word ("Harbor Majority PAC"), the word right before it ("the super
  /// PAC Harbor Action", "Quorin CEO Ana Ruiz") or the head of an apposition after it
  /// (``Document/appositionHead(after:)``: "Harbor Fund, a super PAC,", "Ana Ruiz, Quorin's
  /// CEO,"); nil when none.
  private func describingInitialism(_ range: Range<Int>) -> String? {
    let tokens = document.tokens
    let places = [range.count > 1 ? range.upperBound - 1 : nil, range.lowerBound - 1, document.appositionHead(after: range)]
    guard let index = places.compactMap({ $0 }).first(where: { $0 >= 0 && Initialisms.isCommonNoun($0, of: tokens) }) else {
      return nil
    }
    return tokens.lower(index)
  }

  // MARK: Grouping

  private func key(_ candidate: EntityCandidate) -> String {
    if let country = candidate.country { return "country:" + country }
    let name = candidate.name.hasPrefix("The ") ? String(candidate.name.dropFirst(4)) : candidate.name
    return Gazetteer.key(candidate.type == .person ? NameWords.withoutMiddleInitials(name) : name)
  }

  /// A single word of no known kind, or a short form of a person: attached once all full
  /// names are known.
  private func isShortForm(_ candidate: EntityCandidate) -> Bool {
    candidate.onlyAsShortForm || candidate.tokens.count == 1 && candidate.country == nil && candidate.confidence < 3
  }

  private mutating func add(_ candidate: EntityCandidate, key: String) {
    if let index = groupOfKey[key] {
      record(candidate, in: index)
      return
    }
    var group = Group(type: candidate.type, confidence: candidate.confidence)
    group.country = candidate.country
    group.sourceType = candidate.sourceType
    groups.append(group)
    groupOfKey[key] = groups.count - 1
    // "Ana Maria Ruiz" is the "Ana Ruiz" named later, unless another is.
    if let short = firstAndLastKey(candidate), groupOfKey[short] == nil {
      groupOfKey[short] = groups.count - 1
      middleNameKeys.insert(short)
    }
    // "Ana Velde Brask" is the "Velde Brask" named later.
    if let surname = compoundSurnameKey(candidate), groupOfKey[surname] == nil { groupOfKey[surname] = groups.count - 1 }
    record(candidate, in: groups.count - 1)
  }

  /// The key of the two-word surname in a person's name of three words whose second word is no
  /// given name ("Velde Brask" of "Ana Velde Brask", "Van Quarle" of "Tomas Van Quarle"); nil
  /// for other names, for initials, for a last word that is a suffix ("Jr.") and for two words
  /// the lexicons know as a place or a body.
  private func compoundSurnameKey(_ candidate: EntityCandidate) -> String? {
    let tokens = document.tokens
    let start = candidate.tokens.lowerBound
    guard candidate.type == .person, candidate.tokens.count == 3, candidate.name == candidate.surface,
      tokens[start].is(.givenName), !tokens[start + 1].is(.givenName),
      tokens[start + 1].isCapitalized, tokens[start + 2].isCapitalized,
      case let words = NameWords.words(candidate.name), words.count == 3, !words[1].containsASCII("."),
      !NameWords.isSuffix(words[2]),
      // "White House" after a given name names no person.
      case let surname = words[1] + " " + words[2], Gazetteer.shared.lookup(String(surname)) == nil
    else { return nil }
    return Gazetteer.key(String(surname))
  }

  /// The key of a person's name of three words or more without its middle names ("Ana Maria
  /// Ruiz" → "Ana Ruiz"); nil for other names, for a middle word in lower case ("Anselm of
  /// Tavish") or of initials ("George H.W. Bush") and for a last word that is a suffix ("Jr.").
  private func firstAndLastKey(_ candidate: EntityCandidate) -> String? {
    // The token count first: this runs for every person's name.
    guard candidate.type == .person, candidate.tokens.count >= 3,
      case let words = NameWords.words(NameWords.withoutMiddleInitials(candidate.name)),
      words.count >= 3, let first = words.first, let last = words.last,
      words.allSatisfy({ $0.first?.isUppercase == true }),
      // A middle name, not initials: "George H.W. Bush" is no "George W. Bush".
      words.dropFirst().dropLast().allSatisfy({ !$0.containsASCII(".") && $0.contains(where: \.isLowercase) }),
      !NameWords.isSuffix(last)
    else { return nil }
    return Gazetteer.key(first + " " + last)
  }

  /// Records `candidate` as a mention of group `index` and, `asForm`, its name, title and type
  /// as the group's; a title standing for the person ("the President") is only a mention.
  private mutating func record(_ candidate: EntityCandidate, in index: Int, asForm: Bool = true) {
    let span = Span(
      document.tokens[candidate.tokens.lowerBound].span.start,
      document.tokens[candidate.tokens.upperBound - 1].span.end)
    insertMention((candidate.tokens, span), in: index)
    guard asForm else { return }
    // A mended name counts as the form used; the form as written stays an alias.
    if let known = groups[index].surfaces.index(forKey: candidate.name) {
      groups[index].surfaces.values[known] += 1
    } else {
      groups[index].surfaces[candidate.name] = 1
      let letters = NameWords.initials(candidate.name)
      if !letters.isEmpty, groupOfInitials[letters] == nil { groupOfInitials[letters] = index }
    }
    if candidate.name != candidate.surface { groups[index].surfaces[candidate.surface, default: 0] += 0 }
    if let title = candidate.title {
      groups[index].titled.append(title + " " + candidate.surface)
      if groupsByTitle[title]?.contains(index) != true { groupsByTitle[title, default: []].append(index) }
    }
    if candidate.confidence > groups[index].confidence || groups[index].type == nil {
      if candidate.type != nil {
        groups[index].type = candidate.type
        groups[index].confidence = candidate.confidence
      }
    }
    if groups[index].sourceType == nil { groups[index].sourceType = candidate.sourceType }
    if candidate.type == .person, candidate.tokens.count >= 2 {
      addNameWords(of: candidate.surface, to: index)
    } else if (2...3).contains(candidate.tokens.count), groups[index].confidence <= 1,
      groups[index].type == nil || groups[index].type == .other,
      case let words = NameWords.words(candidate.surface), let last = words.last,
      // "Anselm of Tavish": the word after "of" is where he is from, no surname.
      words.dropLast().last != "of"
    {
      guessesByLastWord[String(last), default: []].append(index)
    }
  }

  /// Makes the first and last words of a person's full name `surface` short forms of group
  /// `index`; in "Anselm Quirrot of Tavish" the words before "of" only: Tavish is where he is from.
  private mutating func addNameWords(of surface: String, to index: Int) {
    guard groups[index].personSurfaces.insert(surface).inserted else { return }
    let words = NameWords.words(surface).prefix { $0 != "of" }
    if let first = words.first { addNameWord(String(first), to: index) }
    if let last = words.last { addNameWord(String(last), to: index) }
  }

  /// Makes `word` a short form of the person of group `index`, unless it is one already.
  private mutating func addNameWord(_ word: String, to index: Int) {
    guard !groups[index].nameWords.contains(word) else { return }
    groups[index].nameWords.append(word)
    peopleByWord[word, default: []].append(index)
  }

  /// The one guessed group whose last word is `word`, made a person, when a lone word of no
  /// known kind names it; a word for a member of a people, faith or party names none ("the
  /// Republican" is no surname of the "Tarrow County Republican" primary). The plural still
  /// joins such a name ("Senate Democrats … the Democrats"): the singular only is looked up.
  private mutating func surnameOwner(_ candidate: EntityCandidate) -> Int? {
    guard candidate.type == nil || candidate.type == .person && candidate.confidence <= 1,
      !PeopleNames.table.contains(candidate.surface.lowercased()), let owners = guessesByLastWord[candidate.surface],
      Set(owners).count == 1, let index = owners.first
    else { return nil }
    groups[index].type = .person
    groups[index].confidence = 1
    for surface in groups[index].surfaces.keys where surface.containsASCII(" ") { addNameWords(of: surface, to: index) }
    return index
  }

  /// Token positions of acronyms defined in parentheses after a name, with the name's key:
  /// "Terminal High Altitude Area Defense (THAAD)". The acronym must fit the name
  /// (``isAcronym(_:of:)``): in "Dayton (AFP) –" the bracket names the agency, not Dayton.
  private func acronymDefinitions(_ candidates: [EntityCandidate]) -> [Int: String] {
    var definitions: [Int: String] = [:]
    var expansionKeys: [String: String] = [:]
    let tokens = document.tokens
    for (index, candidate) in candidates.enumerated() where index + 1 < candidates.count {
      let next = candidates[index + 1]
      let open = candidate.tokens.upperBound
      guard next.tokens.count == 1, next.tokens.lowerBound == open + 1, tokens.text(open) == "(",
        open + 2 < tokens.count, tokens.text(open + 2) == ")", tokens[open + 1].isAllCaps,
        Self.isAcronym(tokens.text(open + 1), of: candidate.name)
      else { continue }
      expansionKeys[tokens.text(open + 1)] = key(candidate)
    }
    for candidate in candidates where candidate.tokens.count == 1 {
      if let key = expansionKeys[candidate.surface] { definitions[candidate.tokens.lowerBound] = key }
    }
    return definitions
  }

  /// True when the letters of `acronym` stand in `name` in order, the first opening its first
  /// word past "the", and the name has two words or more (a hyphen parts them too): "THAAD" for
  /// "Terminal High Altitude Area Defense", "ISIS" for "Islamic State", "AFP" for "Agence
  /// France-Presse"; not "AFP" for "Dayton", nor "AP" for "Annapolis".
  static func isAcronym(_ acronym: String, of name: String) -> Bool {
    guard name.split(whereSeparator: { $0 == " " || $0 == "-" }).count >= 2 else { return false }
    var letters = name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }[...]
    if name.lowercased().hasPrefix("the "), letters.count > 3 { letters = letters.dropFirst(3) }
    var wanted = acronym.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }[...]
    guard let first = wanted.first, letters.first == first else { return false }
    for letter in letters where letter == wanted.first {
      wanted = wanted.dropFirst()
      if wanted.isEmpty { return true }
    }
    return false
  }

  /// The group a name belongs to by its key, or by its first and last words for a person named
  /// with middle names, or a person's short form, or an acronym of a group's name.
  private func existingGroup(for candidate: EntityCandidate) -> Int? {
    if let index = groupOfKey[key(candidate)] { return index }
    if let short = firstAndLastKey(candidate), !middleNameKeys.contains(short), let index = groupOfKey[short],
      groups[index].type == .person
    {
      return index
    }
    if candidate.tokens.count == 1 {
      let word = candidate.surface
      let start = candidate.tokens.lowerBound
      var people = (peopleByWord[word] ?? []).filter { groups[$0].type == .person }
      // "Mr. Lee" is Jon Lee rather than Ana Lee, named after him; with one Lee named, the
      // title does not overrule the guess from a given name ("Mr. Graham" for "Lindsey Graham").
      if people.count > 1, let sex = candidate.title.flatMap(PersonSex.of(title:)) {
        let agreeing = people.filter { self.sex(of: $0, calledBy: word) != sex.opposite }
        if !agreeing.isEmpty { people = agreeing }
      } else if people.count > 1, let sex = pronounSex(after: candidate.tokens) {
        // "“…,” Velde said. She thanked …" is Hana Velde rather than Karl Velde, named after her;
        // a pronoun is weaker evidence than a title, so it picks among people known to agree.
        let agreeing = people.filter { self.sex(of: $0, calledBy: word) == sex }
        if !agreeing.isEmpty { people = agreeing }
      }
      if let latest = people.max(by: { lastMention(of: $0, before: start) < lastMention(of: $1, before: start) }) {
        return establishedBearer(of: word, among: people, before: start, latest: latest) ?? latest
      }
      if document.tokens[start].isAllCaps { return groupOfInitials[word] }
    }
    return nil
  }

  /// The one of `people` the article has made the bearer of `word`: called by it alone twice
  /// or more before token `start`, more often than `latest`, the one named last, was named at
  /// all, when `latest` never was called so and was not named in that sentence or the one
  /// before. "Ana Velde … Velde said … Velde added … she served under Karl Velde. … Velde
  /// went on" is Ana Velde again: a writer names a second bearer in passing in full, or calls
  /// them by it right after; one written about as much is no passing name.
  private func establishedBearer(of word: String, among people: [Int], before start: Int, latest: Int) -> Int? {
    let established = people.filter { timesCalledAlone($0, by: word, before: start) > 0 }
    guard established.count == 1, established[0] != latest else { return nil }
    let times = timesCalledAlone(established[0], by: word, before: start)
    let last = lastMention(of: latest, before: start)
    guard times >= 2, times > insertionPoint(of: start, in: groups[latest].mentions), last >= 0 else { return nil }
    return document.sentenceOfToken[start] - document.sentenceOfToken[last] > 1 ? established[0] : nil
  }

  /// How many mentions of group `index` before token `start` are `word` alone.
  private func timesCalledAlone(_ index: Int, by word: String, before start: Int) -> Int {
    groups[index].calledAlone[word]?.partitionIndex { $0 < start } ?? 0
  }

  /// The sex of the "he" or "she" that takes up the name at `tokens`, when the name is the
  /// subject of its clause (it opens its sentence, or follows punctuation, a clause break or
  /// one of ``subjectOpeners``): the first after it in its sentence (“…,” Velde said, and she
  /// …), else one opening the next sentence of its paragraph ("Velde said. She …"). A name
  /// after another word is an object, which a pronoun after it seldom takes up ("he
  /// congratulated Velde. He …"). Words in quotation marks after the name speak of others, and
  /// a pronoun after another capitalised word may take that one up, so the search stops at
  /// either.
  private func pronounSex(after tokens: Range<Int>) -> PersonNames.Sex? {
    let text = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[tokens.lowerBound]]
    let before = tokens.lowerBound - 1
    if before >= sentence.lowerBound, text[before].isWord, case let lower = text.lower(before),
      !ClauseSubjects.breaks.contains(lower), !Self.subjectOpeners.contains(lower)
    {
      return nil
    }
    for index in tokens.upperBound..<sentence.upperBound {
      // Another name before the pronoun may be whom it takes up ("Velde met Ruiz, and he …").
      if document.isQuotationMark(index) || text[index].isCapitalized { return nil }
      let lower = text.lower(index)
      if lower == "he" || lower == "she" { return PersonSex.of(pronoun: lower) }
    }
    let next = sentence.upperBound
    guard next < text.count, document.blockOfToken[next] == document.blockOfToken[tokens.lowerBound],
      case let lower = text.lower(next), lower == "he" || lower == "she"
    else { return nil }
    return PersonSex.of(pronoun: lower)
  }

  /// Words after which a name is a subject: "and", and a verb of speech before its speaker
  /// ("“…,” said Velde").
  private static let subjectOpeners: Set<String> = ["and", "said", "says", "added", "adds"]

  /// The likely sex of the person of group `index`, called by `word`: from a gendered title
  /// they were named with, or the given name of their longest full name (``PersonSex``) unless
  /// `word` is that name's first word, a family name written first ("Mr. Lou" for "Lou Jiwei").
  private func sex(of index: Int, calledBy word: String) -> PersonNames.Sex? {
    let group = groups[index]
    let full = group.personSurfaces.max { ($0.count, $0) < ($1.count, $1) } ?? ""
    let familyFirst = full.hasPrefix(word + " ")
    return PersonSex.of(titledForms: group.titled, fullName: familyFirst ? word : full)
  }

  /// The person named before in full whose first or last word is `candidate`, a lone word the
  /// lexicons know as a place, where it stands as a person ("Senator Ana Quito … Quito said"
  /// names her, not Ecuador's capital).
  private func personShortForm(_ candidate: EntityCandidate) -> Int? {
    guard candidate.tokens.count == 1, candidate.type == .place, let people = peopleByWord[candidate.surface] else { return nil }
    let start = candidate.tokens.lowerBound
    let tokens = document.tokens
    let spoken = start > 0 && ReportingVerbs.strong.contains(tokens.lower(start - 1))
    guard spoken || EntityClassifier(document: document).hasPersonContext(candidate.tokens) else { return nil }
    let named = people.filter { groups[$0].type == .person && lastMention(of: $0, before: start) >= 0 }
    return named.max { lastMention(of: $0, before: start) < lastMention(of: $1, before: start) }
  }

  /// True for a title standing for a person after "the" ("the President said", "the Chief
  /// Justice's opinion", "the former Attorney General"): words of a title alone, no name with
  /// them.
  private func isLoneTitle(_ candidate: EntityCandidate) -> Bool { loneTitle(candidate) != nil }

  /// A lone title's words (``isLoneTitle(_:)``): where they start, past the words of the title
  /// written before the candidate ("Attorney" of "the Attorney General"), and where its "the"
  /// stands, before any qualifier ("the former President"); nil for no lone title.
  private func loneTitle(_ candidate: EntityCandidate) -> (start: Int, the: Int)? {
    let tokens = document.tokens
    guard candidate.type == .person, candidate.tokens.allSatisfy({ tokens[$0].is(.title) }) else { return nil }
    var start = candidate.tokens.lowerBound
    while start > 0, tokens[start - 1].isCapitalized, tokens[start - 1].is(.title) { start -= 1 }
    var the = start - 1
    while the >= 0, Titles.qualifiers.contains(tokens.lower(the)) { the -= 1 }
    return the >= 0 && tokens.lower(the) == "the" ? (start, the) : nil
  }

  /// A lone title no one holds (`title`, from ``loneTitle(_:)``), named whole ("Attorney
  /// General", not "General"); nil when it describes the person named right before it ("Karl
  /// Velde, the former Attorney General of Ohio"), who is no other entity.
  private func unheldTitle(_ candidate: EntityCandidate, _ title: (start: Int, the: Int)) -> EntityCandidate? {
    if title.the >= 2, document.tokens.text(title.the - 1) == ",", isPersonMention(endingAt: title.the - 1) { return nil }
    var whole = candidate
    whole.tokens = title.start..<candidate.tokens.upperBound
    whole.surface = document.text(whole.tokens)
    whole.name = whole.surface
    whole.title = nil
    return whole
  }

  /// The one person named before with the very title `candidate` is ("President Ana Velde …
  /// the President"), nil when none or several are; another rank is another office ("the Vice
  /// President", "Former President Ana Velde").
  private func titleHolder(of candidate: EntityCandidate) -> Int? {
    let title = (candidate.title.map { $0 + " " } ?? "") + candidate.surface
    let start = candidate.tokens.lowerBound
    var holder: Int?
    for index in groupsByTitle[title] ?? [] where groups[index].type == .person && lastMention(of: index, before: start) >= 0 {
      if holder != nil { return nil }
      holder = index
    }
    return holder
  }

  /// True when a mention of a person ends right before token `end`.
  private func isPersonMention(endingAt end: Int) -> Bool {
    groups.contains { group in
      guard group.type == .person else { return false }
      let position = insertionPoint(of: end, in: group.mentions)
      return position > 0 && group.mentions[position - 1].tokens.upperBound == end
    }
  }

  /// The first token of the group's last mention before token `start`, or -1.
  private func lastMention(of group: Int, before start: Int) -> Int {
    let mentions = groups[group].mentions
    let position = insertionPoint(of: start, in: mentions)
    return position > 0 ? mentions[position - 1].tokens.lowerBound : -1
  }

  /// Where a mention starting at token `start` goes in the sorted `mentions`.
  private func insertionPoint(of start: Int, in mentions: [(tokens: Range<Int>, span: Span)]) -> Int {
    mentions.partitionIndex { $0.tokens.lowerBound < start }
  }

  private mutating func insertMention(_ mention: (tokens: Range<Int>, span: Span), in group: Int) {
    if mention.tokens.count == 1 {
      let (start, word) = (mention.tokens.lowerBound, document.tokens.text(mention.tokens.lowerBound))
      groups[group].calledAlone[word, default: []].insert(start, at: groups[group].calledAlone[word]?.partitionIndex { $0 < start } ?? 0)
    }
    if let last = groups[group].mentions.last, last.tokens.lowerBound > mention.tokens.lowerBound {
      groups[group].late.append(mention)
    } else {
      groups[group].mentions.append(mention)
    }
  }

  /// Merges each group's late mentions into its mentions, in text order.
  private mutating func mergeLateMentions() {
    for index in groups.indices where !groups[index].late.isEmpty {
      groups[index].mentions = (groups[index].mentions + groups[index].late).sorted { $0.span < $1.span }
      groups[index].late = []
    }
  }

  private mutating func attachShortForm(_ candidate: EntityCandidate) {
    var candidate = candidate
    if let title = loneTitle(candidate) {
      // "the former President" is another office than the President's.
      if title.the + 1 == title.start, let holder = titleHolder(of: candidate) {
        record(candidate, in: holder, asForm: false)
        return
      }
      guard let whole = unheldTitle(candidate, title) else { return }
      candidate = whole
    }
    if let group = cutNameGroup(candidate) {
      candidate.tokens = candidate.tokens.lowerBound - 1..<candidate.tokens.upperBound
      record(candidate, in: group, asForm: false)
      return
    }
    if candidate.onlyAsShortForm {
      if let group = existingGroup(for: candidate), groups[group].type == .person,
        !document.isLoneDemonym(candidate.tokens) || isNamedAsPerson(group)
      {
        record(candidate, in: group)
      }
      return
    }
    if let group = existingGroup(for: candidate) ?? surnameOwner(candidate) {
      record(candidate, in: group)
      return
    }
    if let body = bodyOfFirstWord(candidate) {
      record(candidate, in: body)
      return
    }
    // A lone unknown word opening a sentence ("Traffic to the site …") is an ordinary word
    // unless the article also capitalises it inside a sentence.
    let first = candidate.tokens.lowerBound
    if candidate.confidence == 0, !document.tokens[first].isAllCaps, document.isClauseInitial(first),
      !document.tokens[first].is(.capitalizedInside)
    {
      return
    }
    var guessed = candidate
    if guessed.type == nil {
      let before = candidate.tokens.lowerBound - 1
      let preposition = before >= 0 ? document.tokens.lower(before) : ""
      guessed.type = Places.prepositions.contains(preposition) ? .place : isBareName(candidate) ? .person : .other
    }
    add(guessed, key: key(guessed))
  }

  /// Indexes the bodies known so far by the first word of each of their names of two words or
  /// more (``bodiesByFirstWord``), but for a word some lone mention among `candidates` is said
  /// to be a place ("the city of Lindby" … "the Lindby Tenants Council").
  private mutating func indexBodiesByFirstWord(_ candidates: [EntityCandidate]) {
    for (index, group) in groups.enumerated() where group.type == .organization {
      for surface in group.surfaces.keys {
        let words = NameWords.words(surface)
        // "Henrico County GOP", "Marion Avenue Baptist Church": a body named after a place.
        guard words.count >= 2, let first = words.first, !WordClass.of(words[1].lowercased()).contains(.placeHead) else { continue }
        let word = String(first)
        bodiesByFirstWord[word] = bodiesByFirstWord[word].map { $0 == index ? index : -1 } ?? index
      }
    }
    guard !bodiesByFirstWord.isEmpty else { return }
    let places = PlaceEvidence(document: document)
    for candidate in candidates
    where candidate.tokens.count == 1 && bodiesByFirstWord[candidate.surface] != nil && places.isNamedAsPlace(candidate.tokens) {
      bodiesByFirstWord[candidate.surface] = -1
    }
  }

  /// The one body whose name of two words or more opens on the lone word `candidate`, which
  /// names it short ("Redbank Capital" … "Redbank said"). Not a word typed a place or, by more
  /// than a guess, a person ("Orlando Regional Medical Center" … "in Orlando"), a word of
  /// English, a given or family name, a title, a word for members of a people ("United
  /// Airlines" … "United") or capitals, nor a news outlet's name ("Yale Daily News" … "Yale");
  /// nil when none or two.
  private func bodyOfFirstWord(_ candidate: EntityCandidate) -> Int? {
    guard candidate.tokens.count == 1, candidate.title == nil, candidate.type != .place,
      candidate.type != .person || candidate.confidence < 2, case let token = document.tokens[candidate.tokens.lowerBound],
      !token.is(.common), !token.is(.title), !token.is(.peopleName), !token.is(.givenName), !token.is(.familyName), !token.isAllCaps,
      let body = bodiesByFirstWord[candidate.surface], body >= 0, groups[body].sourceType == nil
    else { return nil }
    return body
  }

  /// The group of the name a clause's first word was cut from ("Civic Watch president Tom Fitton"
  /// read as "Watch", "Common Cause sued" as "Cause"): the capitalised word opening the clause
  /// right before `candidate` and the candidate make a name the article writes elsewhere. Nil
  /// when they do not.
  private func cutNameGroup(_ candidate: EntityCandidate) -> Int? {
    let before = candidate.tokens.lowerBound - 1
    let tokens = document.tokens
    guard before >= 0, tokens[before].isWord, tokens[before].isCapitalized, !tokens[before].is(.determiner),
      document.isClauseInitial(before)
    else { return nil }
    return groupOfKey[Gazetteer.key(tokens.text(before) + " " + candidate.name)]
  }

  /// True when group `group` is named somewhere with a title or a given name first ("Sen.
  /// Greek", "Dana Greek"): a demonym alone is the short form of such a person only, never of
  /// a people's name ("Welsh Americans").
  private func isNamedAsPerson(_ group: Int) -> Bool {
    !groups[group].titled.isEmpty
      || groups[group].mentions.contains { $0.tokens.count >= 2 && document.tokens[$0.tokens.lowerBound].is(.givenName) }
  }

  /// True when a lone unknown word stands as a name on its own, most likely a person's
  /// ("… wrote Quorin in 1902"): no determiner or possessive before it ("the Gazette", "our
  /// Republic") and no noun after it that it qualifies ("Zelbor shares").
  private func isBareName(_ candidate: EntityCandidate) -> Bool {
    let tokens = document.tokens
    let first = candidate.tokens.lowerBound
    guard !tokens[first].isAllCaps, !document.isModifier(endingBefore: candidate.tokens.upperBound) else { return false }
    guard first > 0 else { return true }
    return !tokens[first - 1].is(.determiner) && tokens[first - 1].kind != .possessive
      && !FunctionWords.personalPronouns.contains(tokens.lower(first - 1))
  }

  // MARK: Remaining mentions

  /// Adds mentions of known names that the candidate pass did not take: names in title-case
  /// blocks and boilerplate, and names inside hyphenated words ("anti-THAAD", "pro-Beijing").
  private mutating func addRemainingMentions() {
    var groupOfSurface: [String: Int] = [:]
    var longestFrom: [String: Int] = [:]
    let surfaces = groups.reduce(0) { $0 + $1.surfaces.count }
    groupOfSurface.reserveCapacity(surfaces)
    longestFrom.reserveCapacity(surfaces)
    for (index, group) in groups.enumerated() {
      // Two characters or more (`count > 1`, without counting them all).
      for surface in group.surfaces.keys where !surface.dropFirst().isEmpty {
        groupOfSurface[surface] = index
        let (first, count) = NameWords.firstWord(surface)
        longestFrom[first] = max(longestFrom[first] ?? 0, count)
      }
    }
    var covered = [Bool](repeating: false, count: document.tokens.count)
    for group in groups {
      for mention in group.mentions { for token in mention.tokens { covered[token] = true } }
      for mention in group.late { for token in mention.tokens { covered[token] = true } }
    }
    let tokens = document.tokens
    // What each spelling can start, found when it first comes.
    var startOfSpelling = [MentionStart](repeating: .unknown, count: tokens.spellingCount)
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      let token = tokens[index]
      guard !covered[index], token.isWord else { continue }
      if case .unknown = startOfSpelling[token.spelling] {
        if let (group, offset) = hyphenatedMention(token, groupOfSurface) {
          startOfSpelling[token.spelling] = .hyphenated(group: group, offset: offset)
        } else if token.isCapitalized || token.isAllCaps, let longest = longestFrom[tokens.text(of: token)] {
          startOfSpelling[token.spelling] = .name(longest: longest)
        } else {
          startOfSpelling[token.spelling] = .nothing
        }
      }
      switch startOfSpelling[token.spelling] {
      case .hyphenated(let group, let offset):
        insertMention((index..<index + 1, Span(token.span.start + offset, token.span.end)), in: group)
      case .name(let longest):
        for length in stride(from: min(longest + 2, tokens.count - index), through: 1, by: -1) {
          let range = index..<index + length
          guard document.blockOfToken[range.upperBound - 1] == document.blockOfToken[index],
            !range.contains(where: { covered[$0] }), let group = groupOfSurface[document.text(range)],
            // A person's family name that is a demonym counts only where the recognizer took it
            // as a name: "Greek said", not "Greek investors".
            groups[group].type != .person || !document.isLoneDemonym(range)
          else { continue }
          insertMention((range, Span(token.span.start, tokens[range.upperBound - 1].span.end)), in: group)
          for token in range { covered[token] = true }
          break
        }
      case .unknown, .nothing: break
      }
    }
  }

  /// What a word can start among the remaining mentions: a known name after "anti-" or "pro-"
  /// inside it, or names of up to `longest` words (and two more, for words such as "of the").
  private enum MentionStart {
    case unknown
    case nothing
    case hyphenated(group: Int, offset: Int)
    case name(longest: Int)
  }

  /// A known name after "anti-" or "pro-" inside a word, with its offset in the word.
  private func hyphenatedMention(_ token: Token, _ groupOfSurface: [String: Int]) -> (Int, Int)? {
    switch token.first {
    case "a", "A", "p", "P": break
    default: return nil
    }
    let text = document.tokens.text(of: token)
    guard text.containsASCII("-") else { return nil }
    for prefix in ["anti-", "pro-", "Anti-", "Pro-"] where text.hasPrefix(prefix) {
      let rest = String(text.dropFirst(prefix.count))
      if let group = groupOfSurface[rest] { return (group, prefix.unicodeScalars.count) }
    }
    return nil
  }

  // MARK: Output

  private mutating func table() -> EntityTable {
    mergeLateMentions()
    retypeGuessedPlaces()
    retypeTownsNamingPeople()
    let order = groups.indices.filter { !groups[$0].mentions.isEmpty }.sorted {
      groups[$0].mentions[0].span.start < groups[$1].mentions[0].span.start
    }
    var entities: [Entity] = []
    var sourceTypes: [SourceType?] = []
    var confidences: [Int] = []
    var mentions: [EntityMention] = []
    for (number, index) in order.enumerated() {
      let group = groups[index]
      let name = canonicalName(group)
      var aliases: [String] = []
      for surface in group.surfaces.keys.sorted() + group.titled where surface != name && !aliases.contains(surface) {
        aliases.append(surface)
      }
      let sorted = group.mentions
      groups[index].mentions = []
      entities.append(
        Entity(id: "e\(number + 1)", name: name, type: group.type ?? .other, aliases: aliases, mentions: sorted.map(\.span)))
      sourceTypes.append(group.sourceType)
      confidences.append(group.type == nil ? 0 : group.confidence)
      mentions += sorted.map { EntityMention(tokens: $0.tokens, span: $0.span, entity: number) }
    }
    var table = EntityTable(
      entities: entities, sourceTypes: sourceTypes, confidences: confidences, mentions: mentions,
      tokenCount: document.tokens.count)
    SideLinker(document: document).link(&table)
    return table
  }

  /// Makes a place of each name typed by a guess alone whose mentions together say place (see
  /// ``PlaceEvidence``): a lone word (a person for a bare name, or nothing), or a name of words
  /// that are no English words, typed nothing better than *other* ("in Quellan Marae"; "in
  /// Public Health" names a field).
  private mutating func retypeGuessedPlaces() {
    let evidence = PlaceEvidence(document: document)
    let tokens = document.tokens
    for index in groups.indices where groups[index].confidence <= 1 && groups[index].type != .place
      && groups[index].type != .organization && groups[index].titled.isEmpty
    {
      let ranges = groups[index].mentions.map(\.tokens)
      guard let first = ranges.first, !tokens[first.lowerBound].isAllCaps else { continue }
      if first.count > 1 {
        guard groups[index].type != .person, first.allSatisfy({ !tokens[$0].isWord || !tokens[$0].is(.common) })
        else { continue }
      } else if groups[index].surfaces.keys.contains(where: { $0.containsASCII(" ") }) {
        continue
      }
      if evidence.favoursPlace(ranges) { groups[index].type = .place }
    }
  }

  /// Makes a person of a word the lexicons know only as a town, no country's, when the article
  /// names a person by it in full ("Ambalavao … Quorvel Ambalavao", or the full name first and
  /// then the word as a surname, ``PlaceEvidence/readsAsSurname(_:)``), or uses it alone as a
  /// person's name and never as a place's ("Ambalavao said", not "in Ambalavao"): a town that
  /// shares a name with someone in the news.
  private mutating func retypeTownsNamingPeople() {
    let evidence = PlaceEvidence(document: document)
    for index in groups.indices where groups[index].type == .place && groups[index].country == nil
      && groups[index].sourceType == nil && !groups[index].mentions.isEmpty
    {
      if groups[index].personSurfaces.contains(where: Self.isFullName) {
        groups[index].type = .person
        continue
      }
      let ranges = groups[index].mentions.map(\.tokens)
      // "Obama won … Barack Obama": the lone word came first and made a town of its own; it is
      // the surname of the one person named with it in full, unless it stands where places do,
      // when that one is surely a person, the word is used as a person's, or the article named
      // that one first and then uses the word as a surname ("Quorvel Ambalavao … Ambalavao won",
      // as news names people).
      if let person = surnameBearer(of: index), !evidence.favoursPlace(ranges), !ranges.contains(where: evidence.followsPlacePreposition),
        isSurelyPerson(person) || evidence.favoursPerson(ranges)
          || groups[person].mentions[0].tokens.lowerBound < ranges[0].lowerBound && evidence.readsAsSurname(ranges)
      {
        merge(index, into: person)
        continue
      }
      guard !groups[index].surfaces.keys.contains(where: { $0.containsASCII(" ") }),
        !document.tokens[ranges[0].lowerBound].isAllCaps, evidence.favoursPerson(ranges)
      else { continue }
      groups[index].type = .person
    }
  }

  /// The one person whose full name ends with the single word that group `index` is named by.
  private func surnameBearer(of index: Int) -> Int? {
    guard groups[index].surfaces.count == 1, let word = groups[index].surfaces.keys.first, !word.containsASCII(" "),
      !Places.regions.contains(word), !Places.stateAbbreviations.contains(word)
    else { return nil }
    let bearers = Set((peopleByWord[word] ?? []).filter { person in
      groups[person].type == .person && !groups[person].mentions.isEmpty
        && groups[person].personSurfaces.contains { Self.isFullName($0) && Self.isPersonalName($0, endingWith: word) }
    })
    return bearers.count == 1 ? bearers.first : nil
  }

  /// True when `surface` ends with `word` and reads as a person's name before it: capitalised
  /// words, each a given name or no English word ("Barack Obama"; not "Trump National Doral" or
  /// "Sanders for Massachusetts").
  private static func isPersonalName(_ surface: String, endingWith word: String) -> Bool {
    let words = NameWords.words(surface).map(String.init)
    guard words.count >= 2, words.last == word else { return false }
    return words.dropLast().allSatisfy { word in
      word.first?.isUppercase == true && (PersonNames.isGiven(word.lowercased()) || !CommonWords.contains(word.lowercased()))
    }
  }

  /// True when group `index` is a person by more than a guess: named with a title somewhere,
  /// or with a listed given name first.
  private func isSurelyPerson(_ index: Int) -> Bool {
    !groups[index].titled.isEmpty
      || groups[index].personSurfaces.contains { surface in NameWords.words(surface).first.map { PersonNames.isGiven($0.lowercased()) } ?? false }
  }

  /// Moves the mentions and forms of group `from` into group `target`.
  private mutating func merge(_ from: Int, into target: Int) {
    groups[target].late += groups[from].mentions
    groups[target].calledAlone.merge(groups[from].calledAlone) { ($0 + $1).sorted() }
    for (surface, count) in groups[from].surfaces { groups[target].surfaces[surface, default: 0] += count }
    groups[target].titled += groups[from].titled.filter { !groups[target].titled.contains($0) }
    for (title, holders) in groupsByTitle where holders.contains(from) && !holders.contains(target) {
      groupsByTitle[title]?.append(target)
    }
    groups[from].mentions = []
    groups[from].calledAlone = [:]
    mergeLateMentions()
  }

  /// True when a person's name `surface` has more than one word and opens on one that is no
  /// abbreviation and no place ("Barack Obama", not "Ft. Worth" or "Colorado Republican").
  private static func isFullName(_ surface: String) -> Bool {
    let first = String(surface.prefix { $0 != " " })
    return first.count < surface.count && !first.hasSuffix(".") && Gazetteer.shared.lookup(first) == nil
  }

  /// A country's lexicon name; a person's fullest name; otherwise the form used most, the
  /// longest on a tie.
  private func canonicalName(_ group: Group) -> String {
    if let country = group.country { return country }
    let surfaces = group.surfaces.sorted { $0.key < $1.key }
    if group.type == .person {
      return surfaces.max { NameWords.count($0.key) < NameWords.count($1.key) }?.key ?? ""
    }
    return surfaces.max { ($0.value, $0.key.count) < ($1.value, $1.key.count) }?.key ?? ""
  }
}
