/// Merges a brat file's annotations with the automatic ones, the file winning where they meet.
///
/// - Every file entity is kept (`e1`…). An automatic entity with a mention overlapping a file
///   mention is left out and its references (speakers, sides, sources, topics, stance actors) go
///   to that file entity; the others are kept, numbered after the file's.
/// - Every file quote is kept; an automatic quote is kept when none of its pieces overlaps a
///   file quote's piece. Quotes are numbered again in text order and nested by their spans.
/// - Sources, topics and stances, which brat files do not hold, are the automatic ones.
enum AnnotationMerge {
  static func merged(file: Annotations, automatic: Annotations) -> Annotations {
    let fileMentions = SpanLookup(
      file.entities.flatMap { entity in entity.mentions.map { ($0, entity.id) } })
    var ids: [String: String] = [:]
    var entities = file.entities
    var kept: [Entity] = []
    for entity in automatic.entities {
      if let owner = entity.mentions.lazy.compactMap(fileMentions.overlapping).first {
        ids[entity.id] = owner
      } else {
        ids[entity.id] = "e\(file.entities.count + kept.count + 1)"
        kept.append(entity)
      }
    }
    for var entity in kept {
      entity.id = ids[entity.id] ?? entity.id
      entity.side = entity.side.flatMap { ids[$0] }
      entities.append(entity)
    }
    let filePieces = SpanLookup(
      file.quotes.flatMap { quote in quote.pieces.map { ($0, quote.id) } })
    let automaticQuotes = automatic.quotes.filter { quote in
      quote.pieces.allSatisfy { filePieces.overlapping($0) == nil }
    }.map { quote in
      var quote = quote
      let entity = quote.speaker?.entity.flatMap { ids[$0] }
      quote.speaker?.entity = entity
      return quote
    }
    return Annotations(
      entities: entities, quotes: QuoteNesting.numbered(file.quotes + automaticQuotes),
      sources: automatic.sources.map { source in
        var source = source
        source.entity = source.entity.flatMap { ids[$0] }
        return source
      },
      topics: automatic.topics.map { Topic(name: $0.name, entity: $0.entity.flatMap { ids[$0] }) },
      stances: automatic.stances.map { stance in
        var stance = stance
        stance.actor = ids[stance.actor] ?? stance.actor
        return stance
      })
  }
}
