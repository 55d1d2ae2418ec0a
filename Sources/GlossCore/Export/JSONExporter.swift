/// Exports an annotated article as the `annotations/1` JSON object documented in docs/formats.md.
///
/// Keys come in a fixed order (the order of docs/formats.md, not alphabetical), fields
/// the model leaves unset are `null` where the format names them and left out where it calls
/// them optional, and every span is a pair of code point offsets, end exclusive.
public struct JSONExporter: ArticleExporter {
  /// The value of the `gloss` key: the format's name and version.
  public static let formatVersion = "annotations/1"

  public init() {}

  public func export(_ document: AnnotatedArticle) -> String {
    JSONWriter.write(value(document)) + "\n"
  }

  func value(_ document: AnnotatedArticle) -> JSONValue {
    let annotations = document.annotations
    return .object([
      "gloss": .string(Self.formatVersion),
      "article": article(document.article),
      "paragraphs": .array(document.article.paragraphs.map(paragraph)),
      "entities": .array(annotations.entities.map(entity)),
      "quotes": .array(annotations.quotes.map(quote)),
      "sources": .array(annotations.sources.map(source)),
      "topics": .array(annotations.topics.map(topic)),
      "stances": .array(annotations.stances.map(stance)),
    ])
  }

  func article(_ article: Article) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init(key: "title", value: .string(article.title)),
      .init(key: "length", value: .int(article.length)),
      .init(key: "headline", value: article.headline.map(JSONValue.span) ?? .null),
    ]
    let metadata = article.metadata
    let optional = [
      ("source", metadata.source), ("url", metadata.url), ("author", metadata.author),
      ("date", metadata.date),
    ]
    for (key, value) in optional {
      if let value { members.append(.init(key: key, value: .string(value))) }
    }
    return .object(members)
  }

  func paragraph(_ paragraph: Paragraph) -> JSONValue {
    .object([
      "start": .int(paragraph.span.start), "end": .int(paragraph.span.end),
      "boilerplate": .bool(paragraph.isBoilerplate), "role": .string(paragraph.role.rawValue),
    ])
  }

  func entity(_ entity: Entity) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init(key: "id", value: .string(entity.id)),
      .init(key: "name", value: .string(entity.name)),
      .init(key: "type", value: .string(entity.type.rawValue)),
      .init(key: "aliases", value: .array(entity.aliases.map(JSONValue.string))),
      .init(key: "mentions", value: .array(entity.mentions.map(JSONValue.span))),
    ]
    if let side = entity.side { members.append(.init(key: "side", value: .string(side))) }
    return .object(members)
  }

  func quote(_ quote: Quote) -> JSONValue {
    .object([
      "id": .string(quote.id),
      "start": .int(quote.span.start), "end": .int(quote.span.end),
      "text": .string(quote.text),
      "kind": .string(quote.kind.rawValue),
      "speaker": quote.speaker.map(speaker) ?? .null,
      "cue": quote.cue.map(cue) ?? .null,
      "via": .optional(quote.via),
      "parent": .optional(quote.parent),
      "pieces": .array(quote.pieces.map(JSONValue.span)),
    ])
  }

  func speaker(_ speaker: SpeakerRef) -> JSONValue {
    .object([
      "entity": .optional(speaker.entity), "name": .string(speaker.name),
      "start": .int(speaker.span.start), "end": .int(speaker.span.end),
    ])
  }

  func cue(_ cue: Cue) -> JSONValue {
    .object([
      "start": .int(cue.span.start), "end": .int(cue.span.end), "text": .string(cue.text),
    ])
  }

  func source(_ source: Source) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init(key: "id", value: .string(source.id)),
      .init(key: "name", value: .string(source.name)),
      .init(key: "type", value: .string(source.type.rawValue)),
    ]
    if let entity = source.entity { members.append(.init(key: "entity", value: .string(entity))) }
    members.append(.init(key: "citations", value: .array(source.citations.map(citation))))
    return .object(members)
  }

  func citation(_ citation: Citation) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init(key: "start", value: .int(citation.span.start)),
      .init(key: "end", value: .int(citation.span.end)),
      .init(key: "as", value: .string(citation.kind.rawValue)),
    ]
    if let title = citation.title { members.append(.init(key: "title", value: .string(title))) }
    return .object(members)
  }

  func topic(_ topic: Topic) -> JSONValue {
    .object(["name": .string(topic.name), "entity": .optional(topic.entity)])
  }

  func stance(_ stance: Stance) -> JSONValue {
    .object([
      "actor": .string(stance.actor), "name": .string(stance.name),
      "target": .string(stance.target), "polarity": .string(stance.polarity.rawValue),
      "evidence": .array(stance.evidence.map(JSONValue.span)),
    ])
  }
}
