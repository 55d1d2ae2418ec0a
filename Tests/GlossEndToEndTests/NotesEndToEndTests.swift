import Foundation
import GlossTestSupport
import Testing

/// Notes in the real reader: written on a quote, saved beside the article, there again after
/// reopening, `Enter` in the notes pane goes back to the passage, and after a paragraph is
/// inserted at the top of the article the note still sits on the same words.
@Suite("Notes in tmux", .serialized)
struct NotesEndToEndTests {
  /// The THAAD sample copied into a fresh temporary directory.
  static func copiedSample() throws -> String {
    let copy = try TemporaryFolder.make().appendingPathComponent("thaad.txt").path
    try FileManager.default.copyItem(atPath: GlossBinary.thaad, toPath: copy)
    return copy
  }

  @Test func aNoteOnTheThirdQuoteIsSavedAndThereAfterReopening() throws {
    let article = try Self.copiedSample()
    let session = try ReaderEndToEndTests().open(article, width: 200, height: 50)
    try session.expectScreen(showing: "notes: thaad.txt.notes.json (beside the article)")
    try session.send("]", "]", "]", "a")
    try session.expectScreen(showing: "New note")
    try session.send("worth checking 확인", literal: true)
    try session.send("Enter")
    try session.expectScreen(showing: "Note saved")
    try session.send("6")
    let screen = try session.expectScreen(showing: "— worth checking 확인")
    #expect(screen.contains { $0.contains("▌") }, "no margin marker")
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
    #expect(FileManager.default.fileExists(atPath: article + ".notes.json"))

    let again = try ReaderEndToEndTests().open(article, width: 200, height: 50)
    try again.expectScreen(showing: "1 note")
    try again.send("6")
    try again.expectScreen(showing: "— worth checking 확인")
    try again.send("1", "G")
    try again.expectScreen(until: "the end of the article") { $0.last?.contains("100%") == true && !$0.contains { $0.contains("▌") } }
    try again.send("6", "Enter")
    try again.expectScreen(until: "the body back at the note") { $0.contains { $0.contains("▌") } }
    try again.send("q")
    try again.expectScreen(showing: "[exit 0]")

    let text = try String(contentsOfFile: article, encoding: .utf8)
    let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let edited = lines[0] + "\n\nA paragraph added at the top after the note was written.\n" + lines[1]
    try edited.write(toFile: article, atomically: true, encoding: .utf8)
    let moved = try ReaderEndToEndTests().open(article, width: 200, height: 50)
    try moved.send("6")
    try moved.expectScreen(showing: "(moved) — worth checking 확인")
    try moved.send("Enter")
    let back = try moved.expectScreen(until: "the marker beside the quote") { $0.contains { $0.contains("▌") } }
    let marked = back.filter { $0.contains("▌") }.joined(separator: " ")
    let opening = try ReaderEndToEndTests.thaadQuotes()[2].text.split(separator: " ").first.map(String.init) ?? ""
    #expect(marked.contains(opening), "the note is not on the third quote (\(opening)): \(marked)")
  }
}
