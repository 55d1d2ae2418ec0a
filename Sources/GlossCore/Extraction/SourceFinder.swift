/// Finds the sources an article cites and how: news agencies and outlets ("a Reuters report",
/// "told CNN", "in an article titled “…” CNN"), journals ("published in journal …"),
/// organisations quoted for their statements, and titled works no outlet claims.
struct SourceFinder {
  let document: Document
  let entities: EntityTable
  let quotes: [QuoteAttributor.Draft]
  let titles: [(span: Span, token: Int)]

  /// Words near an outlet's name that say how it is cited.
  static let reportWords: Set<String> = WordList.words("report reports reported reporting according")
  static let articleWords: Set<String> = WordList.words(
    "article articles titled headlined wrote writes column editorial op-ed piece story highlighted points pointed notes noted")
  static let statementWords: Set<String> = WordList.words("statement statements release communique")
  static let publicationWords: Set<String> = WordList.words("journal magazine published")

  /// A source under construction, keyed by entity (or by title for a work no one publishes).
  private struct Draft {
    var name: String
    var type: SourceType
    var entity: Int?
    var citations: [Citation] = []
  }

  /// The sources in order of first citation, and for each cited entity its source id.
  func find() -> (sources: [Source], idOfEntity: [Int: String]) {
    var drafts: [Draft] = []
    var draftOfEntity: [Int: Int] = [:]
    var titlesOfBlock: [Int: [Int]] = [:]
    for (index, title) in titles.enumerated() { titlesOfBlock[document.blockOfToken[title.token], default: []].append(index) }
    var claimedTitles = Set<Int>()
    // The spans each entity is cited at: a set, so an outlet named thousands of times stays linear.
    var citedSpans: [Int: Set<Span>] = [:]
    func cite(_ entity: Int, _ type: SourceType, _ citation: Citation) {
      guard citedSpans[entity, default: []].insert(citation.span).inserted else { return }
      if let index = draftOfEntity[entity] {
        drafts[index].citations.append(citation)
        return
      }
      draftOfEntity[entity] = drafts.count
      drafts.append(Draft(name: entities.entities[entity].name, type: type, entity: entity, citations: [citation]))
    }
    let viaEntities = Set(quotes.compactMap { $0.speaker?.via })
    let speakerEntities = Set(quotes.compactMap { $0.speaker?.entity })
    for mention in entities.mentions {
      let block = document.blocks[document.blockOfToken[mention.tokens.lowerBound]]
      guard !block.isBoilerplate, !block.isHeadline else { continue }
      let entity = mention.entity
      let known = entities.sourceTypes[entity]
      let isPublication = publicationCue(before: mention.tokens.lowerBound)
      guard known != nil || isPublication || viaEntities.contains(entity) else { continue }
      guard var kind = citationKind(of: mention, isSpeaker: speakerEntities.contains(entity)) else { continue }
      var title: String?
      if let nearby = nearestTitle(to: mention.tokens.lowerBound, among: titlesOfBlock, excluding: claimedTitles) {
        title = document.article.string(titles[nearby].span)
        claimedTitles.insert(nearby)
        kind = .article
      }
      let type: SourceType = isPublication ? .publication : (known ?? .organization)
      cite(entity, type, Citation(span: mention.span, kind: kind, title: title))
    }
    // An organisation quoted, and not cited otherwise, is a source for each of its statements.
    let citedOtherwise = Set(draftOfEntity.keys)
    for quote in quotes {
      guard let entity = quote.speaker?.entity, !citedOtherwise.contains(entity),
        entities.entities[entity].type == .organization, let span = quote.speaker?.span
      else { continue }
      cite(entity, entities.sourceTypes[entity] ?? .organization, Citation(span: span, kind: .statement))
    }
    for (index, title) in titles.enumerated() where !claimedTitles.contains(index) {
      let name = document.article.string(title.span)
      drafts.append(Draft(name: name, type: .document, citations: [Citation(span: title.span, kind: .other, title: name)]))
    }
    let ordered = drafts.sorted { $0.citations[0].span < $1.citations[0].span }
    var idOfEntity: [Int: String] = [:]
    let sources = ordered.enumerated().map { index, draft in
      let id = "s\(index + 1)"
      if let entity = draft.entity { idOfEntity[entity] = id }
      return Source(
        id: id, name: draft.name, type: draft.type, entity: draft.entity.map { entities.entities[$0].id },
        citations: draft.citations.sorted { $0.span < $1.span })
    }
    return (sources, idOfEntity)
  }

  /// How the mention cites its entity, or nil when it only names it (an affiliation).
  private func citationKind(of mention: EntityMention, isSpeaker: Bool) -> CitationKind? {
    let tokens = document.tokens
    let sentence = document.sentences[document.sentenceOfToken[mention.tokens.lowerBound]]
    let start = mention.tokens.lowerBound
    let before = (max(sentence.lowerBound, start - 4)..<start).map { tokens.lower($0) }
    let after = (mention.tokens.upperBound..<min(sentence.upperBound, mention.tokens.upperBound + 3)).map {
      tokens.lower($0)
    }
    if before.contains(where: { ["told", "tell", "tells", "interview", "interviewed"].contains($0) }) {
      return .interview
    }
    if (before + after).contains(where: Self.statementWords.contains) { return .statement }
    if (before + after).contains(where: Self.reportWords.contains) { return .report }
    if (before + after).contains(where: Self.articleWords.contains) { return .article }
    if publicationCue(before: start) { return .article }
    if let verb = after.first, ReportingVerbs.isCue(verb) { return .report }
    return isSpeaker ? .report : nil
  }

  /// True when "journal" or "published in" stands right before the name.
  private func publicationCue(before start: Int) -> Bool {
    let tokens = document.tokens
    if (max(0, start - 3)..<start).contains(where: { tokens.lower($0) == "journal" }) { return true }
    return start >= 2 && tokens.lower(start - 1) == "in" && tokens.lower(start - 2) == "published"
  }

  /// The quoted title closest to token `index` in the same paragraph, within a few words.
  private func nearestTitle(to index: Int, among titlesOfBlock: [Int: [Int]], excluding claimed: Set<Int>) -> Int? {
    (titlesOfBlock[document.blockOfToken[index]] ?? [])
      .filter { !claimed.contains($0) && abs(titles[$0].token - index) <= 30 }
      .min { abs(titles[$0].token - index) < abs(titles[$1].token - index) }
  }
}
