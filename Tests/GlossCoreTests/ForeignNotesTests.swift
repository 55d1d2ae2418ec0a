import Foundation
import Testing

@testable import GlossCore

/// A W3C Web Annotation collection written by another tool (a hand-written export in the style
/// of Hypothesis) opens as notes: comments, tags and passages are read, the passages anchor in
/// the article, and everything Gloss does not know is kept through a save.
@Suite("Foreign Web Annotation notes")
struct ForeignNotesTests {
  static let export = """
    {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "type": "AnnotationCollection",
      "id": "https://hypothes.is/export/4f8e2a",
      "label": "Hypothesis export",
      "total": 2,
      "generator": { "id": "https://hypothes.is", "type": "Software", "name": "Hypothesis" },
      "items": [
        {
          "@context": "http://www.w3.org/ns/anno.jsonld",
          "type": "Annotation",
          "id": "https://hypothes.is/a/Gb2k5Mz7Ee2",
          "created": "2026-01-02T03:04:05.678901+00:00",
          "modified": "2026-01-02T04:00:00.000000+00:00",
          "creator": "acct:reader@hypothes.is",
          "body": [
            { "type": "TextualBody", "value": "Is this **really** shared?", "format": "text/markdown" },
            { "type": "TextualBody", "purpose": "tagging", "value": "china-korea" }
          ],
          "target": [
            {
              "source": "https://example.com/thaad",
              "selector": [
                { "type": "RangeSelector",
                  "startSelector": { "type": "XPathSelector", "value": "/main[1]/p[2]" },
                  "endSelector": { "type": "XPathSelector", "value": "/main[1]/p[2]" } },
                { "type": "TextPositionSelector", "start": 307, "end": 322 },
                { "type": "TextQuoteSelector", "exact": "shared distaste",
                  "prefix": "Now, it appears this ", "suffix": " could actually be" }
              ]
            }
          ],
          "hypothesis:group": "__world__",
          "permissions": { "read": ["group:__world__"] }
        },
        {
          "type": "Annotation",
          "id": "https://hypothes.is/a/PageNote01",
          "created": "2026-01-03T10:00:00+00:00",
          "body": { "type": "TextualBody", "value": "A page note, no passage" },
          "target": "https://example.com/thaad"
        }
      ]
    }
    """

  /// The export written beside a copy of the THAAD sample; returns the notes file's path.
  func exportFile() throws -> String {
    let path = try NotesFixtures.notesPath()
    try Data(Self.export.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func theExportOpensAsNotes() throws {
    let store = NotesStore(path: try exportFile())
    #expect(store.problem == nil)
    #expect(store.notes.count == 2)
    let passage = try #require(store.notes.first { $0.id == "https://hypothes.is/a/Gb2k5Mz7Ee2" })
    #expect(passage.comments == ["Is this **really** shared?"])
    #expect(passage.tags == ["china-korea"])
    #expect(passage.target.quote?.exact == "shared distaste")
    #expect(passage.target.position == TextPositionSelector(start: 307, end: 322))
    #expect(abs(passage.created.timeIntervalSince1970 - 1_767_323_045.679) < 0.001)
    let page = try #require(store.notes.first { $0.id == "https://hypothes.is/a/PageNote01" })
    #expect(page.comments == ["A page note, no passage"])
    #expect(page.target.quote == nil)
  }

  @Test func thePassageAnchorsInTheArticle() throws {
    let article = try Fixtures.load("thaad-south-korea-china.txt")
    let store = NotesStore(path: try exportFile())
    let anchored = NoteAnchorer(article: article).anchor(store.notes)
    let passage = try #require(anchored.first { $0.note.target.quote != nil })
    #expect(passage.anchor == NoteAnchor(span: Span(307, 322), attachment: .exact))
    #expect(anchored.first { $0.note.target.quote == nil }?.anchor.attachment == .detached)
  }

  @Test func whatGlossDoesNotKnowSurvivesAnEdit() throws {
    let path = try exportFile()
    let store = NotesStore(path: path)
    var note = try #require(store.notes.first { $0.target.quote != nil })
    note.bodies.append(.tag("gloss"))
    try store.update(note)

    let document = try NotesFixtures.json(path)
    #expect(document["label"] as? String == "Hypothesis export")
    #expect((document["generator"] as? [String: Any])?["name"] as? String == "Hypothesis")
    let items = try #require(document["items"] as? [[String: Any]])
    let item = try #require(
      items.first { $0["id"] as? String == "https://hypothes.is/a/Gb2k5Mz7Ee2" })
    #expect(item["creator"] as? String == "acct:reader@hypothes.is")
    #expect(item["hypothesis:group"] as? String == "__world__")
    #expect(item["permissions"] != nil)
    let bodies = try #require(item["body"] as? [[String: Any]])
    #expect(bodies[0]["format"] as? String == "text/markdown")
    #expect(
      bodies.compactMap { $0["value"] as? String } == [
        "Is this **really** shared?", "china-korea", "gloss",
      ])
    let target = try #require(
      (item["target"] as? [[String: Any]])?.first ?? item["target"] as? [String: Any])
    let selectors = try #require(target["selector"] as? [[String: Any]])
    #expect(selectors.first?["type"] as? String == "RangeSelector")
    #expect(items.contains { $0["id"] as? String == "https://hypothes.is/a/PageNote01" })
    #expect(NotesStore(path: path).notes.count == 2)
  }
}
