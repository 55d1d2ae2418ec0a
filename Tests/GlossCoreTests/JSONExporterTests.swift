import Foundation
import Testing

@testable import GlossCore

@Suite("JSONExporter")
struct JSONExporterTests {
  let output = JSONExporter().export(ExportFixture.document)

  func parsed() throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func topLevelKeysInDocumentedOrder() throws {
    let keys = output.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
      $0.dropFirst(3).prefix { $0 != "\"" }
    }
    #expect(
      keys == [
        "gloss", "article", "paragraphs", "entities", "quotes", "sources", "topics", "stances",
      ])
    #expect(try parsed()["gloss"] as? String == "annotations/1")
  }

  @Test func articleFields() throws {
    let article = try #require(try parsed()["article"] as? [String: Any])
    #expect(article["title"] as? String == "Talks resume")
    #expect(article["length"] as? Int == ExportFixture.document.article.length)
    #expect(article["source"] == nil)
    let paragraphs = try #require(try parsed()["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.count == 3)
    #expect(Set(paragraphs[0].keys) == ["start", "end", "boilerplate", "role"])
    #expect(paragraphs[0]["boilerplate"] as? Bool == false)
  }

  @Test func entityFields() throws {
    let entities = try #require(try parsed()["entities"] as? [[String: Any]])
    #expect(Set(entities[0].keys) == ["id", "name", "type", "aliases", "mentions", "side"])
    #expect(entities[0]["type"] as? String == "person")
    #expect(entities[0]["aliases"] as? [String] == ["Xi"])
    #expect(entities[1]["side"] == nil)
    let mention = try #require((entities[0]["mentions"] as? [[String: Int]])?.first)
    #expect(
      mention == [
        "start": ExportFixture.span("Xi Jinping").start,
        "end": ExportFixture.span("Xi Jinping").end,
      ])
  }

  @Test func quoteFieldsAndNulls() throws {
    let quotes = try #require(try parsed()["quotes"] as? [[String: Any]])
    #expect(
      Set(quotes[0].keys) == [
        "id", "start", "end", "text", "kind", "speaker", "cue", "via", "parent", "pieces",
      ])
    let speaker = try #require(quotes[0]["speaker"] as? [String: Any])
    #expect(speaker["entity"] as? String == "e1")
    #expect(speaker["name"] as? String == "Xi Jinping")
    #expect(speaker["confidence"] as? String == "high")
    #expect((quotes[1]["speaker"] as? [String: Any])?["confidence"] is NSNull, "the report's speaker was not rated")
    #expect((quotes[0]["cue"] as? [String: Any])?["text"] as? String == "told")
    #expect(quotes[0]["via"] as? String == "s1")
    #expect(quotes[0]["parent"] is NSNull)
    #expect(quotes[1]["cue"] is NSNull)
    #expect((quotes[1]["speaker"] as? [String: Any])?["entity"] is NSNull)
    #expect((quotes[1]["pieces"] as? [Any])?.count == 2)
    #expect(quotes[2]["parent"] as? String == "q2")
  }

  @Test func quoteOffsetsRoundTrip() throws {
    let scalars = ExportFixture.document.article.scalars
    let quotes = try #require(try parsed()["quotes"] as? [[String: Any]])
    for quote in quotes {
      let start = try #require(quote["start"] as? Int)
      let end = try #require(quote["end"] as? Int)
      let sliced = String(String.UnicodeScalarView(scalars[start..<end]))
      #expect(sliced == quote["text"] as? String)
    }
  }

  @Test func sourcesTopicsStances() throws {
    let source = try #require((try parsed()["sources"] as? [[String: Any]])?.first)
    #expect(source["type"] as? String == "agency")
    let citation = try #require((source["citations"] as? [[String: Any]])?.first)
    #expect(citation["as"] as? String == "interview")
    #expect(citation["title"] as? String == "Talks")
    let topic = try #require((try parsed()["topics"] as? [[String: Any]])?.first)
    #expect(topic["name"] as? String == "THAAD")
    #expect(topic["entity"] as? String == "e4")
    let stance = try #require((try parsed()["stances"] as? [[String: Any]])?.first)
    #expect(stance["polarity"] as? String == "oppose")
    #expect(Set(stance.keys) == ["actor", "name", "target", "polarity", "evidence", "confidence"])
    #expect(stance["confidence"] as? String == "high")
  }

  @Test func controlCharactersAreEscaped() {
    #expect(output.contains("\\u001b[31mTHAAD"))
    #expect(!output.unicodeScalars.contains("\u{1B}"))
    #expect(JSONWriter.write(.string("a\"b\\c\nd\u{2028}")) == #""a\"b\\c\nd\u2028""#)
  }

  @Test func emptyAnnotationsGiveEmptyArrays() throws {
    let output = JSONExporter().export(ExportFixture.emptyDocument)
    #expect(output.contains("\"quotes\": [],"))
    #expect(output.hasSuffix("}\n"))
  }

  @Test func outputIsStable() {
    #expect(JSONExporter().export(ExportFixture.document) == output)
  }

  /// A long article is written in pieces of about 64 KB as it is made, which together are the
  /// document exactly as written into one buffer.
  @Test func aLongArticleIsWrittenInPiecesThatMakeTheWholeDocument() throws {
    var document = ExportFixture.document
    let paragraph = try #require(document.article.paragraphs.last)
    document.article.paragraphs = Array(repeating: paragraph, count: 20_000)
    var pieces: [[UInt8]] = []
    var output = OutputBuffer { pieces.append($0) }
    JSONExporter().write(document, to: &output)
    output.flush()
    #expect(String(decoding: pieces.joined(), as: UTF8.self) == JSONExporter().export(document))
    #expect(pieces.count > 10)
    #expect(pieces.allSatisfy { $0.count < 70_000 })
  }

  /// Lists written side by side by several workers, in runs, are handed on in order: the
  /// document is the same byte for byte as one worker writes it, pretty and compact, for lists
  /// shorter and longer than a run.
  @Test func listsWrittenSideBySideMakeTheSameDocument() throws {
    var document = ExportFixture.document
    let paragraph = try #require(document.article.paragraphs.last)
    let entity = try #require(document.annotations.entities.first)
    document.article.paragraphs = Array(repeating: paragraph, count: 5_003)
    document.annotations.entities = (0..<37).map { number in
      var copy = entity
      copy.id = "E\(number)"
      copy.mentions = Array(repeating: copy.mentions[0], count: number * 11)
      return copy
    }
    let members = JSONExporter().members(document)
    func written(workers: Int, compact: Bool) -> [UInt8] {
      var output = OutputBuffer()
      JSONWriter.stream(members: members.count, { members[$0] }, compact: compact, workers: workers, into: &output)
      return output.bytes
    }
    for compact in [false, true] {
      let alone = written(workers: 1, compact: compact)
      #expect(written(workers: 2, compact: compact) == alone)
      #expect(written(workers: 3, compact: compact) == alone)
    }
  }

  /// Values written straight (``JSONDirectWriter``) come out as ``JSONWriter`` writes them made
  /// whole, pretty and compact: short and long flat objects and arrays (one line, or an element
  /// a line past 72 scalars, wide scalars counted as one), empty ones, nesting, escapes.
  @Test func valuesWrittenStraightAreWrittenAsWhole() {
    let long = String(repeating: "é’", count: 30)
    let values: [JSONValue] = [
      .object(["start": .int(1), "end": .int(-20)]),
      .object(["name": .string(long), "entity": .null, "ok": .bool(true)]),
      .object(["name": .string(String(long.prefix(25))), "end": .int(3)]),
      .array([]), .object([:]), .array([.string("a\"b\n"), .string(long), .null]),
      .object([
        "aliases": .array([.string("X")]), "mentions": .array([.object(["start": .int(0), "end": .int(2)])]),
        "empty": .array([]), "side": .string("for"),
        "deep": .array([.object(["list": .array([.int(1), .int(2)]), "text": .string(long)])]),
      ]),
    ]
    for value in values {
      var pretty = JSONDirectWriter(compact: false, indent: 4)
      write(value, to: &pretty)
      var pretty4: [UInt8] = []
      JSONWriter.write(value, indent: 4, into: &pretty4)
      #expect(String(decoding: pretty.bytes, as: UTF8.self) == String(decoding: pretty4, as: UTF8.self))
      var compact = JSONDirectWriter(compact: true, indent: 0)
      write(value, to: &compact)
      #expect(String(decoding: compact.bytes, as: UTF8.self) == JSONWriter.writeCompact(value))
    }
  }

  /// Writes `value` through `json`, saying of each array and object whether it is flat.
  func write(_ value: JSONValue, to json: inout JSONDirectWriter) {
    switch value {
    case .null: json.null()
    case .bool(let flag): json.bool(flag)
    case .int(let number): json.int(number)
    case .string(let text): json.string(text)
    case .double: Issue.record("no doubles written straight")
    case .array(let items):
      json.array(flat: value.isFlat) { json in
        for item in items { write(item, to: &json) }
      }
    case .object(let members):
      json.object(flat: value.isFlat) { json in
        for member in members {
          json.member(member.key)
          write(member.value, to: &json)
        }
      }
    }
  }
}
