import Foundation
import GlossCore
import Testing

/// Finding notes again after the THAAD sample is edited: moved, approximately, or detached.
@Suite("Notes anchoring")
struct NotesAnchoringTests {
  static let passage = "Xi was speaking in front of reporters at China’s Great Hall of the People in Beijing."

  let text: String
  let note: Note

  init() throws {
    text = try NotesFixtures.thaadText()
    note = try NotesFixtures.note(on: Self.passage, in: text)
  }

  /// The note anchored in `edited`, and the text of its span there.
  func anchor(in edited: String) -> (anchor: NoteAnchor, text: String?) {
    let scalars = ScalarText(edited)
    let anchor = NoteAnchorer(text: scalars).anchor(note.target)
    return (anchor, anchor.span.map { scalars.string($0.start..<$0.end) })
  }

  @Test func unchangedTextIsExact() {
    let found = anchor(in: text)
    #expect(found.anchor.attachment == .exact)
    #expect(found.anchor.span == note.target.position?.span)
  }

  @Test func aWordInsertedBeforeThePassageMovesIt() throws {
    let edited = text.replacingOccurrences(of: "Now, it appears", with: "Now, remarkably, it appears")
    let found = anchor(in: edited)
    #expect(found.anchor.attachment == .moved)
    #expect(found.text == Self.passage)
    #expect(found.anchor.span?.start == note.target.position!.start + "remarkably, ".unicodeScalars.count)
  }

  @Test func aParagraphInsertedAtTheTopMovesEveryNote() throws {
    let edited = "Editor’s note: this article was updated.\n\n" + text
    let found = anchor(in: edited)
    #expect(found.anchor.attachment == .moved)
    #expect(found.text == Self.passage)
  }

  @Test func aWordChangedInsideThePassageIsApproximate() throws {
    let edited = text.replacingOccurrences(of: "Xi was speaking in front", with: "Xi was talking in front")
    let found = anchor(in: edited)
    guard case .approximate(let score) = found.anchor.attachment else {
      Issue.record("attached \(found.anchor.attachment)")
      return
    }
    #expect(score > 0.85 && score < 1)
    #expect(found.text == Self.passage.replacingOccurrences(of: "speaking", with: "talking"))
  }

  @Test func aDeletedPassageIsDetached() throws {
    let edited = text.replacingOccurrences(of: Self.passage + " ", with: "")
    #expect(!edited.contains("Great Hall"))
    let found = anchor(in: edited)
    #expect(found.anchor == .detached)
  }

  @Test func aRepeatedQuoteKeepsItsOccurrenceByContext() throws {
    // "THAAD issue" occurs twice; the note is on the second.
    let second = try #require(text.range(of: "THAAD issue", options: .backwards))
    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: second.lowerBound)
    let scalars = ScalarText(text)
    let target = NoteTarget(source: "", span: Span(start, start + 11), in: scalars)
    let edited = "A new first line.\n\n" + text
    let anchor = NoteAnchorer(text: ScalarText(edited)).anchor(target)
    #expect(anchor.attachment == .moved)
    #expect(anchor.span?.start == start + "A new first line.\n\n".unicodeScalars.count)
  }

  @Test func aTargetWithOnlyAPositionIsTakenThere() {
    let target = NoteTarget(source: "", quote: nil, position: TextPositionSelector(start: 3, end: 8))
    let anchorer = NoteAnchorer(text: ScalarText(text))
    #expect(anchorer.anchor(target) == NoteAnchor(span: Span(3, 8), attachment: .exact))
    let outside = NoteTarget(source: "", quote: nil, position: TextPositionSelector(start: 3, end: 99_999))
    #expect(anchorer.anchor(outside) == .detached)
  }

  @Test func notesComeInTextOrderWithDetachedLast() throws {
    let late = try NotesFixtures.note(on: "silver lining", in: text)
    let early = try NotesFixtures.note(on: "shared distaste", in: text)
    let edited = text.replacingOccurrences(of: Self.passage, with: "")
    let anchored = NoteAnchorer(text: ScalarText(edited)).anchor([note, late, early])
    #expect(anchored.map(\.id) == [early.id, late.id, note.id])
    #expect(anchored.last?.anchor == .detached)
  }

  /// A long text (the sample fifty times, the passage nowhere) is searched in bounded time.
  @Test(.timeLimit(.minutes(10))) func aLongTextIsSearchedInBoundedWork() throws {
    let without = text.replacingOccurrences(of: Self.passage, with: "")
    let long = String(repeating: without + "\n\n", count: 50)
    let anchorer = NoteAnchorer(text: ScalarText(long))
    #expect(anchorer.anchor(note.target) == .detached)
  }
}
