/// Resolves a pronoun to the entity it most likely stands for: "he"/"she" to the nearest person
/// named before it outside quotations whose sex does not disagree (see ``PersonSex``),
/// "it"/"its"/"they" to the nearest organisation or place.
struct PronounResolver {
  let document: Document
  let entities: EntityTable
  let passageOfToken: CompactIndex

  /// How many blocks back an antecedent may stand.
  static let reach = 3
  /// How many mentions back are tried at most.
  static let candidates = 200

  /// The entity index `pronoun` (a token index) refers to, if one is found.
  func resolve(_ pronoun: Int) -> Int? {
    let lower = document.tokens.lower(pronoun)
    let wantsPerson = FunctionWords.personalPronouns.contains(lower)
    let sex = PersonSex.of(pronoun: lower)
    let level = passageOfToken[optional: pronoun]
    let block = document.blockOfToken[pronoun]
    var index = mentionIndex(before: pronoun)
    let stop = max(-1, index - Self.candidates)
    while index > stop {
      let mention = entities.mentions[index]
      index -= 1
      let first = mention.tokens.lowerBound
      if document.blockOfToken[first] + Self.reach < block { break }
      guard passageOfToken[optional: first] == level || passageOfToken[optional: first] == nil else { continue }
      let type = entities.entities[mention.entity].type
      // "the Cruise video" names Cruise only to say which video: not who "he" is.
      if document.isModifier(mention) { continue }
      if wantsPerson ? type == .person : (type == .organization || type == .place) {
        if let sex, let other = PersonSex.of(entities.entities[mention.entity]), other != sex { continue }
        return mention.entity
      }
    }
    return nil
  }

  /// The index of the last mention starting before token `index`, or -1.
  private func mentionIndex(before index: Int) -> Int {
    entities.mentions.partitionIndex { $0.tokens.lowerBound < index } - 1
  }
}
