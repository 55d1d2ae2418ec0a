/// One place where the article names an entity.
///
/// A long article has millions, so the numbers are kept as 32-bit integers (20 bytes a mention).
struct EntityMention: Sendable {
  private let firstToken: Int32
  private let endToken: Int32
  private let start: Int32
  private let end: Int32
  private let entityNumber: Int32

  init(tokens: Range<Int>, span: Span, entity: Int) {
    firstToken = Int32(tokens.lowerBound)
    endToken = Int32(tokens.upperBound)
    start = Int32(span.start)
    end = Int32(span.end)
    entityNumber = Int32(entity)
  }

  var tokens: Range<Int> { Int(firstToken)..<Int(endToken) }
  var span: Span { Span(Int(start), Int(end)) }
  /// The entity's index in `EntityTable.entities`.
  var entity: Int { Int(entityNumber) }
}

/// The entities of an article with their mentions, indexed by token for the other extractors.
struct EntityTable: Sendable {
  var entities: [Entity]
  /// For each entity, the kind of news source the lexicons know it as, if any.
  var sourceTypes: [SourceType?]
  /// For each entity, how sure its type is: 3 for a lexicon entry, 2 for a strong cue, 1 for a
  /// guess, 0 for a lone word of no known kind.
  var confidences: [Int]
  /// Mentions in text order.
  var mentions: [EntityMention]
  /// For each token, the index of the mention it stands in, or -1.
  var mentionOfToken: [Int32]

  init(
    entities: [Entity], sourceTypes: [SourceType?], confidences: [Int], mentions: consuming [EntityMention],
    tokenCount: Int
  ) {
    self.entities = entities
    self.sourceTypes = sourceTypes
    self.confidences = confidences
    mentions.sort { $0.span < $1.span }
    self.mentions = mentions
    var byToken = [Int32](repeating: -1, count: tokenCount)
    for (index, mention) in self.mentions.enumerated() {
      for token in mention.tokens { byToken[token] = Int32(index) }
    }
    self.mentionOfToken = byToken
  }

  /// The mention covering token `index`, if any.
  func mention(at index: Int) -> EntityMention? {
    guard index >= 0, index < mentionOfToken.count, mentionOfToken[index] >= 0 else { return nil }
    return mentions[Int(mentionOfToken[index])]
  }

  /// The type of the entity mentioned at token `index`, if any.
  func type(at index: Int) -> EntityType? { mention(at: index).map { entities[$0.entity].type } }

  /// The index of the entity with this name or alias, if any.
  func entity(named name: String) -> Int? {
    entities.firstIndex { $0.name == name || $0.aliases.contains(name) }
  }
}
