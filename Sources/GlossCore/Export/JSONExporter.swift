/// Exports an annotated article as the `annotations/1` JSON object documented in docs/formats.md.
///
/// Keys come in a fixed order (the order of docs/formats.md, not alphabetical), fields
/// the model leaves unset are `null` where the format names them and left out where it calls
/// them optional, and every span is a pair of code point offsets, end exclusive.
public struct JSONExporter: ArticleExporter {
  /// The value of the `gloss` key: the format's name and version.
  public static let formatVersion = "annotations/1"

  public init() {}

  /// The document written piece by piece: each paragraph, entity, quote, source, topic and
  /// stance is made and written in turn, so a long article's JSON is never held whole. A long
  /// article's lists (one annotated in sections side by side) are written on every core.
  public func write(_ document: AnnotatedArticle, to output: inout OutputBuffer) {
    let members = members(document)
    JSONWriter.stream(members: members.count, { members[$0] }, workers: OrderedWork.workers(forArticleOf: document.article.length), into: &output)
    output.write("\n")
  }

  /// The document's members in the format's order, the long lists made one element at a time
  /// (JSON Lines adds an `item` member before them).
  func members(_ document: AnnotatedArticle) -> [(key: String, value: JSONWriter.Streamed)] {
    let annotations = document.annotations
    let paragraphs = document.article.paragraphs
    return [
      ("gloss", .whole(.string(Self.formatVersion))),
      ("article", .whole(article(document.article))),
      ("paragraphs", .list(count: paragraphs.count) { paragraph(paragraphs[$0]) }),
      ("entities", .list(count: annotations.entities.count) { entity(annotations.entities[$0]) }),
      ("quotes", .list(count: annotations.quotes.count) { quote(annotations.quotes[$0]) }),
      ("sources", .list(count: annotations.sources.count) { source(annotations.sources[$0]) }),
      ("topics", .list(count: annotations.topics.count) { topic(annotations.topics[$0]) }),
      ("stances", .list(count: annotations.stances.count) { stance(annotations.stances[$0]) }),
    ]
  }

  func article(_ article: Article) -> JSONValue {
    var members: JSONObject = [
      "title": .string(article.title), "length": .int(article.length),
      "headline": article.headline.map(JSONValue.span) ?? .null,
    ]
    let metadata = article.metadata
    let optional = [
      ("source", metadata.source), ("url", metadata.url), ("author", metadata.author),
      ("date", metadata.date),
    ]
    for (key, value) in optional {
      if let value { members[key] = .string(value) }
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
    var members: JSONObject = [
      "id": .string(entity.id), "name": .string(entity.name), "type": .string(entity.type.rawValue),
      "aliases": .array(entity.aliases.map(JSONValue.string)),
      "mentions": .array(entity.mentions.map(JSONValue.span)),
    ]
    members["side"] = entity.side.map(JSONValue.string)
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
      "confidence": .optional(speaker.confidence?.rawValue),
    ])
  }

  func cue(_ cue: Cue) -> JSONValue {
    .object([
      "start": .int(cue.span.start), "end": .int(cue.span.end), "text": .string(cue.text),
    ])
  }

  func source(_ source: Source) -> JSONValue {
    var members: JSONObject = [
      "id": .string(source.id), "name": .string(source.name), "type": .string(source.type.rawValue),
    ]
    members["entity"] = source.entity.map(JSONValue.string)
    members["citations"] = .array(source.citations.map(citation))
    return .object(members)
  }

  func citation(_ citation: Citation) -> JSONValue {
    var members: JSONObject = [
      "start": .int(citation.span.start), "end": .int(citation.span.end),
      "as": .string(citation.kind.rawValue),
    ]
    members["title"] = citation.title.map(JSONValue.string)
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
      "confidence": .optional(stance.confidence?.rawValue),
    ])
  }
}
