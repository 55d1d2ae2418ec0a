import Foundation
import Testing

@testable import GlossCore

/// The one JSON value model: objects keep their members in order for the exports, and a notes
/// file read into it is written back with every field, known or not, as Gloss wrote it before.
@Suite("JSONValue")
struct JSONValueTests {
  @Test func membersKeepTheirBuiltOrder() {
    var object: JSONObject = ["zeta": .int(1), "alpha": .null, "mid": .string("m")]
    object["alpha"] = .bool(true)
    object["new"] = .double(2.5)
    object["zeta"] = nil
    #expect(object.map(\.key) == ["alpha", "mid", "new"])
    #expect(JSONWriter.write(.object(object)) == #"{ "alpha": true, "mid": "m", "new": 2.5 }"#)
    #expect(JSONWriter.writeCompact(.object(object)) == #"{"alpha":true,"mid":"m","new":2.5}"#)
  }

  @Test func aKeyGivenTwiceKeepsItsFirstPlaceAndLastValue() {
    let object = JSONObject([.init(key: "b", value: .int(1)), .init(key: "a", value: .int(2)), .init(key: "b", value: .int(3))])
    #expect(object.map(\.key) == ["b", "a"])
    #expect(object["b"] == .int(3))
    let large = JSONObject((0..<40).map { JSONObject.Member(key: "k\($0 % 20)", value: .int($0)) })
    #expect(large.count == 20)
    #expect(large["k3"] == .int(23))
  }

  @Test func mergingKeepsPlacesAndAppendsNewKeys() {
    let old: JSONObject = ["a": .int(1), "b": .int(2)]
    let merged = old.merging(["c": .int(3), "a": .int(9)]) { _, new in new }
    #expect(merged == ["a": .int(9), "b": .int(2), "c": .int(3)])
  }

  /// A notes file with fields Gloss does not know at every level, numbers of every kind and an
  /// escaped string, read and written back: the bytes Gloss has always written (Foundation's
  /// encoder, sorted keys, `" : "`, unescaped slashes).
  @Test func unknownNotesFieldsRoundTripByteForByte() throws {
    let file = #"""
      {"type":"AnnotationCollection","zz":{"y":[1,0.5,1e300],"x":{}},"label":"a/b \"c\"",
       "items":[{"id":"n","target":{"source":"s","state":{"t":1}},"creator":"me",
                 "body":[{"type":"TextualBody","value":"v","language":"en"}]},{"other":[]}]}
      """#
    let expected = #"""
      {
        "@context" : "http://www.w3.org/ns/anno.jsonld",
        "gloss" : "notes/1",
        "items" : [
          {
            "body" : [
              {
                "language" : "en",
                "type" : "TextualBody",
                "value" : "v"
              }
            ],
            "created" : "1970-01-01T00:00:00.000Z",
            "creator" : "me",
            "id" : "n",
            "modified" : "1970-01-01T00:00:00.000Z",
            "motivation" : "commenting",
            "target" : {
              "source" : "s",
              "state" : {
                "t" : 1
              }
            },
            "type" : "Annotation"
          },
          {
            "other" : [

            ]
          }
        ],
        "label" : "a/b \"c\"",
        "total" : 1,
        "type" : "AnnotationCollection",
        "zz" : {
          "x" : {

          },
          "y" : [
            1,
            0.5,
            1e+300
          ]
        }
      }

      """#
    let collection = try NotesFileFormat.decode(Data(file.utf8), path: "test")
    let written = NotesFileFormat.encode(collection)
    #expect(String(decoding: written, as: UTF8.self) == expected)
    let again = try NotesFileFormat.decode(written, path: "test")
    #expect(again.notes == collection.notes)
    #expect(again.opaqueItems == collection.opaqueItems)
    #expect(again.raw["zz"] == collection.raw["zz"])
    #expect(NotesFileFormat.encode(again) == written)
  }

  /// Objects read from a file come in key order, the order notes files are written in, so the
  /// same file reads the same way every time.
  @Test func objectsReadFromAFileAreInKeyOrder() throws {
    let value = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"b":1,"a":{"d":2,"c":3},"C":4}"#.utf8))
    let object = try #require(value.object)
    #expect(object.map(\.key) == ["C", "a", "b"])
    #expect(object["a"]?.object?.map(\.key) == ["c", "d"])
  }
}
