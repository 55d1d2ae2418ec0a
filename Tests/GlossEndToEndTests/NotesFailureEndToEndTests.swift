import Foundation
import Testing

/// The real reader when its notes file is replaced by a directory while it is open: the next
/// note is kept on screen with a one-line reason, `q` does not drop it, and `:w FILE` saves
/// every note to FILE, which keeps them from then on.
@Suite("Notes failing to save in tmux", .serialized)
struct NotesFailureEndToEndTests {
  @Test func aDirectoryInPlaceOfTheNotesFileThenWSavesElsewhere() throws {
    let article = try NotesEndToEndTests.copiedSample()
    let notes = article + ".notes.json"
    let session = try ReaderEndToEndTests().open(article, width: 200, height: 50)
    try session.send("]", "h")
    try session.expectScreen(showing: "Highlighted")
    try FileManager.default.removeItem(atPath: notes)
    try FileManager.default.createDirectory(atPath: notes, withIntermediateDirectories: false)

    try session.send("]", "a")
    try session.expectScreen(showing: "New note")
    try session.send("kept in memory", literal: true)
    try session.send("Enter")
    try session.expectScreen(until: "the reason on the status line") {
      $0.last?.contains("thaad.txt.notes.json: notes not saved (is a directory); kept in memory, :w FILE saves them elsewhere") == true
    }
    try session.send("6")
    try session.expectScreen(showing: "not saved (is a directory): :w FILE saves elsewhere")
    try session.expectScreen(showing: "— kept in memory")
    try session.send("q")
    try session.expectScreen(showing: ":q! quits without")

    let elsewhere = URL(fileURLWithPath: article).deletingLastPathComponent().appendingPathComponent("saved.json").path
    try session.send(":w \(elsewhere)", literal: true)
    try session.send("Enter")
    try session.expectScreen(showing: "Saved 2 notes to \(elsewhere); notes are kept there from now on")
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
    let saved = try String(contentsOfFile: elsewhere, encoding: .utf8)
    #expect(saved.contains("\"total\" : 2"))
    #expect(saved.contains("kept in memory"))
  }
}
