/// Checks that annotations read back from outside the process (an annotation cache entry) can
/// be trusted for an article: every span lies within its text, ids are unique, and every id a
/// quote, entity, source, topic or stance refers to exists. The reader indexes the text with
/// these spans and looks these ids up, so an entry that fails is recomputed, never used.
enum AnnotationsCheck {
  /// True when `annotations` fit an article of `length` code points.
  static func fits(_ annotations: Annotations, length: Int) -> Bool {
    func inside(_ span: Span) -> Bool { span.start >= 0 && span.start <= span.end && span.end <= length }
    func allInside(_ spans: [Span]) -> Bool { spans.allSatisfy(inside) }

    let entities = Set(annotations.entities.map(\.id))
    let quotes = Set(annotations.quotes.map(\.id))
    let sources = Set(annotations.sources.map(\.id))
    guard entities.count == annotations.entities.count, quotes.count == annotations.quotes.count,
      sources.count == annotations.sources.count
    else { return false }
    func known(_ id: String?, in ids: Set<String>) -> Bool { id.map(ids.contains) ?? true }

    let entitiesFit = annotations.entities.allSatisfy {
      allInside($0.mentions) && known($0.side, in: entities)
    }
    let quotesFit = annotations.quotes.allSatisfy { quote in
      inside(quote.span) && allInside(quote.pieces) && (quote.speaker.map { inside($0.span) } ?? true)
        && (quote.cue.map { inside($0.span) } ?? true) && known(quote.speaker?.entity, in: entities)
        && known(quote.via, in: sources) && known(quote.parent, in: quotes)
    }
    let sourcesFit = annotations.sources.allSatisfy { source in
      allInside(source.citations.map(\.span)) && known(source.entity, in: entities)
    }
    let topicsFit = annotations.topics.allSatisfy { known($0.entity, in: entities) }
    let stancesFit = annotations.stances.allSatisfy {
      allInside($0.evidence) && entities.contains($0.actor)
    }
    return entitiesFit && quotesFit && sourcesFit && topicsFit && stancesFit
  }
}
