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

  /// The document's members in the format's order, the long lists written one element at a
  /// time (JSON Lines adds an `item` member before them).
  func members(_ document: AnnotatedArticle) -> [(key: String, value: JSONWriter.Streamed)] {
    let annotations = document.annotations
    let paragraphs = document.article.paragraphs
    return [
      ("gloss", .whole(.string(Self.formatVersion))),
      ("article", .whole(article(document.article))),
      ("paragraphs", .list(count: paragraphs.count) { paragraph(paragraphs[$0], to: &$1) }),
      ("entities", .list(count: annotations.entities.count) { entity(annotations.entities[$0], to: &$1) }),
      ("quotes", .list(count: annotations.quotes.count) { quote(annotations.quotes[$0], to: &$1) }),
      ("sources", .list(count: annotations.sources.count) { source(annotations.sources[$0], to: &$1) }),
      ("topics", .list(count: annotations.topics.count) { topic(annotations.topics[$0], to: &$1) }),
      ("stances", .list(count: annotations.stances.count) { stance(annotations.stances[$0], to: &$1) }),
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

  func paragraph(_ paragraph: Paragraph, to json: inout JSONDirectWriter) {
    json.object(flat: true) {
      $0.member("start", paragraph.span.start)
      $0.member("end", paragraph.span.end)
      $0.member("boilerplate", paragraph.isBoilerplate)
      $0.member("role", paragraph.role.rawValue)
    }
  }

  func entity(_ entity: Entity, to json: inout JSONDirectWriter) {
    json.object(flat: false) {
      $0.member("id", entity.id)
      $0.member("name", entity.name)
      $0.member("type", entity.type.rawValue)
      $0.member("aliases")
      $0.array(flat: true) { json in
        for alias in entity.aliases { json.string(alias) }
      }
      $0.member("mentions")
      spans(entity.mentions, to: &$0)
      if let side = entity.side {
        $0.member("side", side)
      }
    }
  }

  func quote(_ quote: Quote, to json: inout JSONDirectWriter) {
    json.object(flat: false) {
      $0.member("id", quote.id)
      $0.member("start", quote.span.start)
      $0.member("end", quote.span.end)
      $0.member("text", quote.text)
      $0.member("kind", quote.kind.rawValue)
      $0.member("speaker")
      if let speaker = quote.speaker { self.speaker(speaker, to: &$0) } else { $0.null() }
      $0.member("cue")
      if let cue = quote.cue { self.cue(cue, to: &$0) } else { $0.null() }
      $0.member("via", quote.via)
      $0.member("parent", quote.parent)
      $0.member("pieces")
      spans(quote.pieces, to: &$0)
    }
  }

  func speaker(_ speaker: SpeakerRef, to json: inout JSONDirectWriter) {
    json.object(flat: true) {
      $0.member("entity", speaker.entity)
      $0.member("name", speaker.name)
      $0.member("start", speaker.span.start)
      $0.member("end", speaker.span.end)
      $0.member("confidence", speaker.confidence?.rawValue)
    }
  }

  func cue(_ cue: Cue, to json: inout JSONDirectWriter) {
    json.object(flat: true) {
      $0.member("start", cue.span.start)
      $0.member("end", cue.span.end)
      $0.member("text", cue.text)
    }
  }

  func source(_ source: Source, to json: inout JSONDirectWriter) {
    json.object(flat: false) {
      $0.member("id", source.id)
      $0.member("name", source.name)
      $0.member("type", source.type.rawValue)
      if let entity = source.entity {
        $0.member("entity", entity)
      }
      $0.member("citations")
      $0.array(flat: false) { json in
        for citation in source.citations { self.citation(citation, to: &json) }
      }
    }
  }

  func citation(_ citation: Citation, to json: inout JSONDirectWriter) {
    json.object(flat: true) {
      $0.member("start", citation.span.start)
      $0.member("end", citation.span.end)
      $0.member("as", citation.kind.rawValue)
      if let title = citation.title {
        $0.member("title", title)
      }
    }
  }

  func topic(_ topic: Topic, to json: inout JSONDirectWriter) {
    json.object(flat: true) {
      $0.member("name", topic.name)
      $0.member("entity", topic.entity)
    }
  }

  func stance(_ stance: Stance, to json: inout JSONDirectWriter) {
    json.object(flat: false) {
      $0.member("actor", stance.actor)
      $0.member("name", stance.name)
      $0.member("target", stance.target)
      $0.member("polarity", stance.polarity.rawValue)
      $0.member("evidence")
      spans(stance.evidence, to: &$0)
      $0.member("confidence", stance.confidence?.rawValue)
    }
  }

  /// A list of spans, each `{"start": …, "end": …}`.
  func spans(_ spans: [Span], to json: inout JSONDirectWriter) {
    json.array(flat: false) { json in
      for span in spans { json.span(span) }
    }
  }
}
