/// The annotations of an annotation cache entry in ``ByteWriter``'s binary layout: each list as
/// its count then its elements, each field in the order the model declares it, spans as two
/// offsets, enumerations as their raw values. Reading checks the layout (``ByteReader``) and
/// that no span ends before it starts; whether the spans fit the article and the ids resolve is
/// ``AnnotationsCheck``'s job.
///
/// A field added to the model must be added here, and ``AnnotationCache/annotatorVersion``
/// raised; `AnnotationCacheTests` round-trips every sample to catch a field left out.
enum AnnotationsCoding {
  static func encode(_ annotations: Annotations) -> [UInt8] {
    var writer = ByteWriter(capacity: 4096)
    writer.list(annotations.entities) { writer, entity in
      writer.write(strings: entity.id, entity.name, entity.type.rawValue)
      writer.list(entity.aliases) { $0.write($1) }
      writer.spans(entity.mentions)
      writer.write(entity.side)
    }
    writer.list(annotations.quotes) { writer, quote in
      writer.write(quote.id)
      writer.span(quote.span)
      writer.spans(quote.pieces)
      writer.write(strings: quote.text, quote.kind.rawValue)
      writer.optional(quote.speaker) { writer, speaker in
        writer.write(speaker.entity)
        writer.write(speaker.name)
        writer.span(speaker.span)
        writer.write(speaker.confidence?.rawValue)
      }
      writer.optional(quote.cue) { writer, cue in
        writer.span(cue.span)
        writer.write(cue.text)
      }
      writer.write(optionals: quote.via, quote.parent)
    }
    writer.list(annotations.sources) { writer, source in
      writer.write(strings: source.id, source.name, source.type.rawValue)
      writer.write(source.entity)
      writer.list(source.citations) { writer, citation in
        writer.span(citation.span)
        writer.write(citation.kind.rawValue)
        writer.write(citation.title)
      }
    }
    writer.list(annotations.topics) { writer, topic in
      writer.write(topic.name)
      writer.write(topic.entity)
    }
    writer.list(annotations.stances) { writer, stance in
      writer.write(strings: stance.actor, stance.name, stance.target, stance.polarity.rawValue)
      writer.spans(stance.evidence)
      writer.write(stance.confidence?.rawValue)
    }
    return writer.bytes
  }

  /// The annotations `encode` wrote into `bytes`, which must hold nothing else.
  static func decode(_ bytes: [UInt8]) throws(ByteReader.Malformed) -> Annotations {
    var reader = ByteReader(bytes)
    let entities = try reader.list { (reader) throws(ByteReader.Malformed) in
      Entity(
        id: try reader.string(), name: try reader.string(), type: try reader.value(EntityType.self),
        aliases: try reader.list { (reader) throws(ByteReader.Malformed) in try reader.string() },
        mentions: try reader.spans(), side: try reader.optionalString())
    }
    let quotes = try reader.list { (reader) throws(ByteReader.Malformed) in
      Quote(
        id: try reader.string(), span: try reader.span(), pieces: try reader.spans(), text: try reader.string(),
        kind: try reader.value(QuoteKind.self),
        speaker: try reader.optional { (reader) throws(ByteReader.Malformed) in
          SpeakerRef(
            entity: try reader.optionalString(), name: try reader.string(), span: try reader.span(),
            confidence: try reader.optionalValue(AttributionConfidence.self))
        },
        cue: try reader.optional { (reader) throws(ByteReader.Malformed) in
          Cue(span: try reader.span(), text: try reader.string())
        },
        via: try reader.optionalString(), parent: try reader.optionalString())
    }
    let sources = try reader.list { (reader) throws(ByteReader.Malformed) in
      Source(
        id: try reader.string(), name: try reader.string(), type: try reader.value(SourceType.self),
        entity: try reader.optionalString(),
        citations: try reader.list { (reader) throws(ByteReader.Malformed) in
          Citation(span: try reader.span(), kind: try reader.value(CitationKind.self), title: try reader.optionalString())
        })
    }
    let topics = try reader.list { (reader) throws(ByteReader.Malformed) in
      Topic(name: try reader.string(), entity: try reader.optionalString())
    }
    let stances = try reader.list { (reader) throws(ByteReader.Malformed) in
      Stance(
        actor: try reader.string(), name: try reader.string(), target: try reader.string(),
        polarity: try reader.value(Polarity.self), evidence: try reader.spans(),
        confidence: try reader.optionalValue(StanceConfidence.self))
    }
    guard reader.remaining == 0 else { throw ByteReader.Malformed() }
    return Annotations(entities: entities, quotes: quotes, sources: sources, topics: topics, stances: stances)
  }
}

extension ByteWriter {
  fileprivate mutating func write(strings: String...) {
    for text in strings { write(text) }
  }

  fileprivate mutating func write(optionals: String?...) {
    for text in optionals { write(text) }
  }

  fileprivate mutating func span(_ span: Span) {
    write(span.start)
    write(span.end)
  }

  fileprivate mutating func spans(_ spans: [Span]) {
    list(spans) { $0.span($1) }
  }
}

extension ByteReader {
  /// Two offsets, the second not before the first.
  fileprivate mutating func span() throws(Malformed) -> Span {
    let start = try int()
    let end = try int()
    guard start <= end else { throw Malformed() }
    return Span(start, end)
  }

  fileprivate mutating func spans() throws(Malformed) -> [Span] {
    try list { (reader) throws(Malformed) in try reader.span() }
  }
}
