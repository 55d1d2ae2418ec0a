/// Codable conformances for the annotation model, so that annotations can be stored and read
/// back whole (the annotation cache, `docs/library.md`).
///
/// They are written out because Swift synthesises `Codable` only in the file that declares a
/// type. Keys are the property names; an optional property that is nil is left out. A span is
/// a `[start, end]` pair and a list of spans one flat array of offsets (`[s1, e1, s2, e2]`),
/// which decodes several times faster than objects (`SpanCoding.swift`). Decoding refuses a span
/// that ends before it starts; whether the spans fit an article is ``AnnotationsCheck``'s job.

extension Annotations: Codable {
  enum CodingKeys: String, CodingKey { case entities, quotes, sources, topics, stances }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      entities: try container.decode([Entity].self, forKey: .entities),
      quotes: try container.decode([Quote].self, forKey: .quotes),
      sources: try container.decode([Source].self, forKey: .sources),
      topics: try container.decode([Topic].self, forKey: .topics),
      stances: try container.decode([Stance].self, forKey: .stances))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(entities, forKey: .entities)
    try container.encode(quotes, forKey: .quotes)
    try container.encode(sources, forKey: .sources)
    try container.encode(topics, forKey: .topics)
    try container.encode(stances, forKey: .stances)
  }
}

extension Entity: Codable {
  enum CodingKeys: String, CodingKey { case id, name, type, aliases, mentions, side }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(String.self, forKey: .id),
      name: try container.decode(String.self, forKey: .name),
      type: try container.decode(EntityType.self, forKey: .type),
      aliases: try container.decode([String].self, forKey: .aliases),
      mentions: try container.decodeSpans(forKey: .mentions),
      side: try container.decodeIfPresent(String.self, forKey: .side))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(type, forKey: .type)
    try container.encode(aliases, forKey: .aliases)
    try container.encodeSpans(mentions, forKey: .mentions)
    try container.encodeIfPresent(side, forKey: .side)
  }
}

extension Quote: Codable {
  enum CodingKeys: String, CodingKey { case id, span, pieces, text, kind, speaker, cue, via, parent }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(String.self, forKey: .id),
      span: try container.decodeSpan(forKey: .span),
      pieces: try container.decodeSpans(forKey: .pieces),
      text: try container.decode(String.self, forKey: .text),
      kind: try container.decode(QuoteKind.self, forKey: .kind),
      speaker: try container.decodeIfPresent(SpeakerRef.self, forKey: .speaker),
      cue: try container.decodeIfPresent(Cue.self, forKey: .cue),
      via: try container.decodeIfPresent(String.self, forKey: .via),
      parent: try container.decodeIfPresent(String.self, forKey: .parent))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeSpan(span, forKey: .span)
    try container.encodeSpans(pieces, forKey: .pieces)
    try container.encode(text, forKey: .text)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(speaker, forKey: .speaker)
    try container.encodeIfPresent(cue, forKey: .cue)
    try container.encodeIfPresent(via, forKey: .via)
    try container.encodeIfPresent(parent, forKey: .parent)
  }
}

extension SpeakerRef: Codable {
  enum CodingKeys: String, CodingKey { case entity, name, span }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      entity: try container.decodeIfPresent(String.self, forKey: .entity),
      name: try container.decode(String.self, forKey: .name),
      span: try container.decodeSpan(forKey: .span))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(entity, forKey: .entity)
    try container.encode(name, forKey: .name)
    try container.encodeSpan(span, forKey: .span)
  }
}

extension Cue: Codable {
  enum CodingKeys: String, CodingKey { case span, text }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      span: try container.decodeSpan(forKey: .span),
      text: try container.decode(String.self, forKey: .text))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeSpan(span, forKey: .span)
    try container.encode(text, forKey: .text)
  }
}

extension Source: Codable {
  enum CodingKeys: String, CodingKey { case id, name, type, entity, citations }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(String.self, forKey: .id),
      name: try container.decode(String.self, forKey: .name),
      type: try container.decode(SourceType.self, forKey: .type),
      entity: try container.decodeIfPresent(String.self, forKey: .entity),
      citations: try container.decode([Citation].self, forKey: .citations))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(type, forKey: .type)
    try container.encodeIfPresent(entity, forKey: .entity)
    try container.encode(citations, forKey: .citations)
  }
}

extension Citation: Codable {
  enum CodingKeys: String, CodingKey { case span, kind, title }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      span: try container.decodeSpan(forKey: .span),
      kind: try container.decode(CitationKind.self, forKey: .kind),
      title: try container.decodeIfPresent(String.self, forKey: .title))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeSpan(span, forKey: .span)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(title, forKey: .title)
  }
}

extension Topic: Codable {
  enum CodingKeys: String, CodingKey { case name, entity }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      name: try container.decode(String.self, forKey: .name),
      entity: try container.decodeIfPresent(String.self, forKey: .entity))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encodeIfPresent(entity, forKey: .entity)
  }
}

extension Stance: Codable {
  enum CodingKeys: String, CodingKey { case actor, name, target, polarity, evidence }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      actor: try container.decode(String.self, forKey: .actor),
      name: try container.decode(String.self, forKey: .name),
      target: try container.decode(String.self, forKey: .target),
      polarity: try container.decode(Polarity.self, forKey: .polarity),
      evidence: try container.decodeSpans(forKey: .evidence))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(actor, forKey: .actor)
    try container.encode(name, forKey: .name)
    try container.encode(target, forKey: .target)
    try container.encode(polarity, forKey: .polarity)
    try container.encodeSpans(evidence, forKey: .evidence)
  }
}
