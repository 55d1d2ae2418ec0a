/// Speakers named by a role alone ("the senator", "the former Florida governor") resolved to the
/// person the article named with that title before ("Sen. Ana Lind"): what the reader shows and
/// the stances find is Ana Lind, not "the senator".
struct RoleSpeakers {
  let document: Document
  let entities: EntityTable

  /// A person named with a title right before their name, and where.
  private struct Titled {
    var title: String
    /// The title's token.
    var token: Int
    var entity: Int
    /// True for a past title ("former Gov. Lind").
    var isFormer: Bool
  }

  /// What a speaker's words name: "the", qualifiers and a title ("the former Ohio governor").
  private struct Role {
    var title: String
    var isFormer: Bool
    /// Its capitalised words: a place or a party the holder is named with ("Ohio").
    var names: [String]
  }

  /// `quotes`, each speaker named by "the" and a role resolved to the latest person named with
  /// that title before the speaker's words; others unchanged.
  func resolve(_ quotes: [QuoteAttributor.Draft]) -> [QuoteAttributor.Draft] {
    guard quotes.contains(where: { $0.speaker.map { $0.entity == nil } ?? false }) else { return quotes }
    let titled = titledPeople()
    guard !titled.isEmpty else { return quotes }
    return quotes.map { quote in
      guard let speaker = quote.speaker, speaker.entity == nil, let role = role(of: speaker.span) else { return quote }
      let first = document.tokenIndex(atOrAfter: speaker.span.start)
      guard let holder = holder(of: role, before: first, among: titled) else { return quote }
      var resolved = quote
      resolved.speaker?.entity = holder
      resolved.speaker?.name = entities.entities[holder].name
      // A speaker carried over from an earlier quote stays a guess.
      if speaker.confidence != .low { resolved.speaker?.confidence = .medium }
      return resolved
    }
  }

  /// The person holding `role` for words at token `index`: the latest named with its title
  /// before them, past or present as the role is; with a place or party in the role, the
  /// latest named with it right before the title ("Ohio Gov. Ana Lind").
  private func holder(of role: Role, before index: Int, among titled: [Titled]) -> Int? {
    let candidates = titled.filter { $0.token < index && $0.title == role.title && $0.isFormer == role.isFormer }
    guard let latest = candidates.last else { return nil }
    guard !role.names.isEmpty else { return latest.entity }
    let tokens = document.tokens
    return candidates.last { $0.token > 0 && role.names.contains(tokens.lower($0.token - 1)) }?.entity
  }

  /// The role a speaker's words name: "the", words other than prepositions, and a title as the
  /// last word ("the former Florida governor" is "governor"); nil for anything else.
  private func role(of span: Span) -> Role? {
    let tokens = document.tokens
    let first = document.tokenIndex(atOrAfter: span.start)
    let end = document.tokenIndex(atOrAfter: span.end)
    guard end - first >= 2, tokens.lower(first) == "the",
      (first..<end).allSatisfy({ tokens[$0].isWord && !FunctionWords.prepositions.contains(tokens.lower($0)) })
    else { return nil }
    let head = tokens.lower(end - 1)
    guard Titles.all.contains(head), !Titles.qualifiers.contains(head) else { return nil }
    let words = (first + 1)..<(end - 1)
    return Role(
      title: head, isFormer: words.contains { Self.past.contains(tokens.lower($0)) },
      names: words.filter { tokens[$0].isCapitalized }.map { tokens.lower($0) })
  }

  /// Words that make a title a past one ("former Gov. Ruiz", "the former governor").
  static let past: Set<String> = ["former", "ex"]

  /// Every person named with a title right before the name, in text order, the title spelled
  /// out ("Sen." as "senator"). A title that only ends a longer one names no such role ("Vice
  /// President", "Lt. Gov.", "Attorney General"); "former" may stand before the place or party
  /// words before the title ("former Ohio Gov. Ruiz").
  private func titledPeople() -> [Titled] {
    let tokens = document.tokens
    var found: [Titled] = []
    for mention in entities.mentions where entities.entities[mention.entity].type == .person {
      let before = mention.tokens.lowerBound - 1
      guard before >= 0, tokens[before].isWord else { continue }
      let titles = Titles.roles(tokens.lower(before))
      guard !titles.isEmpty, before == 0 || !Titles.isTitle(tokens.lower(before - 1)) || Self.past.contains(tokens.lower(before - 1))
      else { continue }
      var back = before - 1
      while back >= 0, tokens[back].isCapitalized, !Self.past.contains(tokens.lower(back)) { back -= 1 }
      let isFormer = back >= 0 && Self.past.contains(tokens.lower(back))
      for title in titles { found.append(Titled(title: title, token: before, entity: mention.entity, isFormer: isFormer)) }
    }
    return found.sorted { $0.token < $1.token }
  }
}
