import Foundation
import GlossCore
import Testing

/// Two readers open on one article, each keeping the notes file open: each writes a note and
/// quits, and the file holds both. The second saves over a file the first changed after it was
/// opened, then the first over one the second changed: each merges the other's note.
@Suite("Two readers on one article in tmux", .serialized)
struct NotesTwoReadersEndToEndTests {
  @Test func bothReadersNotesAreInTheFile() throws {
    let article = try NotesEndToEndTests.copiedSample()
    let first = try ReaderEndToEndTests().open(article, width: 200, height: 50)
    let second = try ReaderEndToEndTests().open(article, width: 200, height: 50)

    try write("from the first reader", in: first)
    try write("from the second reader", in: second)
    try second.send("6")
    try second.expectScreen(showing: "— from the first reader")
    try write("the first again", in: first)
    for session in [first, second] {
      try session.send("q")
      try session.expectScreen(showing: "[exit 0]")
    }

    let comments = NotesStore(path: article + ".notes.json").notes.flatMap(\.comments)
    #expect(comments.sorted() == ["from the first reader", "from the second reader", "the first again"])
  }

  /// Writes a note saying `text` on the next quote and waits until it is saved.
  func write(_ text: String, in session: TmuxSession) throws {
    try session.send("]", "a")
    try session.expectScreen(showing: "New note")
    try session.send(text, literal: true)
    try session.send("Enter")
    try session.expectScreen(showing: "Note saved")
  }
}
