import Foundation
import GlossCore
import Testing

/// The notes file format: W3C Web Annotation JSON-LD, read and written back without loss.
@Suite("Notes file format")
struct NotesFormatTests {
  /// A file as another tool (or a newer Gloss) might write it: fields Gloss does not know at
  /// every level, a selector of another type, a body that is not textual, an item with no target.
  static let foreign = """
    {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "type": "AnnotationCollection",
      "gloss": "notes/1.3",
      "label": "My reading",
      "items": [
        {
          "id": "urn:uuid:00000000-0000-4000-8000-000000000001",
          "type": "Annotation",
          "created": "2026-01-02T03:04:05Z",
          "modified": "2026-01-02T03:04:05.250Z",
          "motivation": "commenting",
          "creator": { "id": "acct:reader@example.org", "name": "Reader" },
          "body": [
            { "type": "TextualBody", "value": "Worth checking", "purpose": "commenting", "language": "en" },
            { "type": "TextualBody", "value": "thaad", "purpose": "tagging" },
            { "type": "SpecificResource", "source": "http://example.org/topic/1" }
          ],
          "target": {
            "source": "file:///samples/thaad.txt",
            "state": { "type": "HttpRequestState", "value": "Accept: text/plain" },
            "selector": [
              { "type": "CssSelector", "value": "#body" },
              { "type": "TextQuoteSelector", "exact": "shared distaste", "prefix": "this ",
                "suffix": " could", "refinedBy": { "type": "Note" } },
              { "type": "TextPositionSelector", "start": 307, "end": 322 }
            ]
          }
        },
        { "id": "urn:x:page-note", "type": "Annotation", "motivation": "bookmarking", "ratio": 0.5,
          "pinned": true, "rank": 3, "big": 12345678901234567890 }
      ]
    }
    """

  @Test func roundTripKeepsEveryNoteField() throws {
    let text = try NotesFixtures.thaadText()
    let stance = UserStance(actor: "China", polarity: .oppose, target: "THAAD")
    let notes = [
      try NotesFixtures.note(on: "shared distaste", in: text, bodies: [.comment("Línea 1\n한국어"), .tag("thaad")]),
      try NotesFixtures.note(on: "Xi Jinping", in: text, bodies: [.stance(stance)]),
      try NotesFixtures.note(on: "Lee Hae-chan", in: text),
    ]
    let path = try NotesFixtures.notesPath()
    let store = NotesStore(path: path)
    for note in notes { try store.add(note) }
    let reopened = NotesStore(path: path)
    #expect(reopened.problem == nil)
    #expect(reopened.notes == notes)
    #expect(reopened.notes.map(\.motivation) == [.commenting, .classifying, .highlighting])
    #expect(reopened.notes[1].stance == stance)
    #expect(reopened.notes[0].tags == ["thaad"])
  }

  @Test func documentIsAW3CAnnotationCollection() throws {
    let text = try NotesFixtures.thaadText()
    let path = try NotesFixtures.notesPath()
    try NotesStore(path: path).add(try NotesFixtures.note(on: "shared distaste", in: text, bodies: [.tag("a")]))
    let document = try NotesFixtures.json(path)
    #expect(document["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
    #expect(document["type"] as? String == "AnnotationCollection")
    #expect(document["gloss"] as? String == "notes/1")
    let item = try #require((document["items"] as? [[String: Any]])?.first)
    #expect((item["id"] as? String)?.hasPrefix("urn:uuid:") == true)
    #expect(item["motivation"] as? String == "tagging")
    let target = try #require(item["target"] as? [String: Any])
    let selectors = try #require(target["selector"] as? [[String: Any]])
    let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
    #expect(quote["exact"] as? String == "shared distaste")
    #expect((quote["prefix"] as? String)?.unicodeScalars.count == TextQuoteSelector.contextLength)
    let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
    let start = try #require(position["start"] as? Int)
    #expect(Array(text.unicodeScalars)[start..<start + 15].map(String.init).joined() == "shared distaste")
  }

  @Test func unknownFieldsSurviveASave() throws {
    let path = try NotesFixtures.notesPath()
    try Data(Self.foreign.utf8).write(to: URL(fileURLWithPath: path))
    let store = NotesStore(path: path)
    #expect(store.problem == nil)
    #expect(store.notes.count == 1)
    var note = try #require(store.notes.first)
    #expect(note.comments == ["Worth checking"])
    #expect(note.tags == ["thaad"])
    #expect(note.target.quote?.exact == "shared distaste")
    note.bodies[0].content = .text(value: "Checked", purpose: "commenting")
    try store.update(note)

    let document = try NotesFixtures.json(path)
    #expect(document["label"] as? String == "My reading")
    #expect(document["gloss"] as? String == "notes/1.3")
    let items = try #require(document["items"] as? [[String: Any]])
    #expect(items.count == 2)
    #expect(items[1]["id"] as? String == "urn:x:page-note")
    #expect(items[1]["ratio"] as? Double == 0.5)
    let saved = try String(contentsOfFile: path, encoding: .utf8)
    #expect(saved.contains(#""pinned" : true"#) || saved.contains(#""pinned": true"#))
    #expect(saved.contains(#""rank" : 3,"#) || saved.contains(#""rank": 3,"#))
    let item = items[0]
    #expect((item["creator"] as? [String: Any])?["name"] as? String == "Reader")
    let bodies = try #require(item["body"] as? [[String: Any]])
    #expect(bodies[0]["value"] as? String == "Checked")
    #expect(bodies[0]["language"] as? String == "en")
    #expect(bodies[2]["type"] as? String == "SpecificResource")
    let target = try #require(item["target"] as? [String: Any])
    #expect((target["state"] as? [String: Any])?["type"] as? String == "HttpRequestState")
    let selectors = try #require(target["selector"] as? [[String: Any]])
    #expect(selectors.map { $0["type"] as? String } == ["CssSelector", "TextQuoteSelector", "TextPositionSelector"])
    #expect(selectors[1]["refinedBy"] != nil)
  }

  @Test func timesWithoutFractionsAreRead() throws {
    let path = try NotesFixtures.notesPath()
    try Data(Self.foreign.utf8).write(to: URL(fileURLWithPath: path))
    let note = try #require(NotesStore(path: path).notes.first)
    #expect(note.created == Date(timeIntervalSince1970: 1_767_323_045))
    #expect(note.modified == Date(timeIntervalSince1970: 1_767_323_045.25))
  }

  @Test func newerMajorVersionIsRefused() throws {
    let path = try NotesFixtures.notesPath()
    let newer = Self.foreign.replacingOccurrences(of: "notes/1.3", with: "notes/2")
    try Data(newer.utf8).write(to: URL(fileURLWithPath: path))
    let store = NotesStore(path: path)
    #expect(store.problem == .unsupportedVersion(path: path, version: "notes/2"))
    #expect(store.isReadOnly)
    #expect(store.problem?.message.contains("notes/2") == true)
  }
}
