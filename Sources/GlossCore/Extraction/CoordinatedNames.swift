/// Names in one list are of one kind: in "with Ana Ruiz, Tomas Vik and Lea Moser", a name the
/// lexicons do not know takes the kind of the names beside it. Only a name typed as a guess (or
/// not at all) changes, and only after a person or place typed with some evidence; a lone word
/// only after a place the lexicons know ("Tempe, Quellan and Mesa").
enum CoordinatedNames {
  /// Gives the untyped names of `candidates` (in text order) the kind of the names they are
  /// listed with.
  static func typeAlike(_ candidates: inout [EntityCandidate], tokens: TokenList) {
    guard candidates.count >= 2 else { return }
    for index in candidates.indices {
      let lone = isLoneGuess(candidates[index], tokens)
      guard lone || isGuess(candidates[index]) else { continue }
      var kind: EntityType?
      for neighbour in [index - 1, index + 1] where kind == nil && candidates.indices.contains(neighbour) {
        let (first, second) = (candidates[min(index, neighbour)], candidates[max(index, neighbour)])
        guard listed(first, second, tokens) else { continue }
        kind = lone ? knownPlace(candidates[neighbour]) : known(candidates[neighbour])
      }
      guard let kind else { continue }
      candidates[index].type = kind
      candidates[index].confidence = 1
    }
  }

  /// True for a name of two words or more typed by a guess at best.
  private static func isGuess(_ candidate: EntityCandidate) -> Bool {
    candidate.tokens.count >= 2 && (candidate.type == nil || candidate.type == .other && candidate.confidence <= 1)
  }

  /// True for a name of one word typed by a guess at best ("Quellan" in "Tempe, Quellan and
  /// Mesa"), a person's name too, that no lower-case word but "and" or "or" follows ("Athens,
  /// Quellan ruled" sets a person off).
  private static func isLoneGuess(_ candidate: EntityCandidate, _ tokens: TokenList) -> Bool {
    guard candidate.tokens.count == 1, candidate.confidence <= 1, candidate.type != .organization else { return false }
    let next = candidate.tokens.upperBound
    return next >= tokens.count || !tokens[next].isWord || tokens[next].isCapitalized || ["and", "or"].contains(tokens.lower(next))
  }

  /// The kind a listed place gives a lone word beside it: place, for a place the lexicons know
  /// and that is no person's name ("Warren" is both).
  private static func knownPlace(_ candidate: EntityCandidate) -> EntityType? {
    candidate.confidence >= 3 && candidate.type == .place ? .place : nil
  }

  /// The kind a listed name gives its neighbours: a person or place typed with evidence.
  private static func known(_ candidate: EntityCandidate) -> EntityType? {
    guard candidate.confidence >= 1, let type = candidate.type, type == .person || type == .place else { return nil }
    return type
  }

  /// True when only ",", "and" or ", and" stand between `first` and `second`.
  private static func listed(_ first: EntityCandidate, _ second: EntityCandidate, _ tokens: TokenList) -> Bool {
    let between = first.tokens.upperBound..<second.tokens.lowerBound
    guard (1...2).contains(between.count) else { return false }
    let words = between.map { tokens.lower($0) }
    return words == [","] || words == ["and"] || words == [",", "and"] || words == ["or"] || words == [",", "or"]
  }
}
