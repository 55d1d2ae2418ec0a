import Foundation
import Testing

/// A long article in the real `gloss`: it opens from its preview at once, says how far the
/// annotation has come, fills the panes when it is done, and quits at any time.
@Suite("Long article in tmux", .serialized)
struct LongArticleEndToEndTests {
  /// A 1.2 MB text article (over the 1 MB the reader loads whole): the THAAD sample’s headline,
  /// then its body 250 times.
  static let path: String = {
    let thaad = (try? String(contentsOfFile: GlossBinary.thaad, encoding: .utf8)) ?? ""
    let headline = String(thaad.prefix { $0 != "\n" })
    let body = thaad.drop { $0 != "\n" }.trimmingCharacters(in: .newlines)
    let text = headline + "\n\n" + Array(repeating: body, count: 250).joined(separator: "\n\n") + "\n"
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-long-\(UUID().uuidString).txt")
    try? Data(text.utf8).write(to: url)
    return url.path
  }()

  func open() throws -> TmuxSession {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-e2e-\(UUID().uuidString)").path
    return try TmuxSession(
      "'\(try GlossBinary.path())' '\(Self.path)'", width: 120, height: 40,
      environment: ["XDG_CONFIG_HOME": data, "XDG_DATA_HOME": data, "TERM": "tmux-256color", "LANG": "C.UTF-8"])
  }

  @Test func opensAtOnceThenFillsThePanes() throws {
    let session = try open()
    // The first capture can come while the screen is being drawn: wait for the status line too.
    _ = try session.expectScreen(until: "the preview, with the load under way in the status line") {
      $0.contains { $0.contains("US’ THAAD Anti-Missile System") }
        && $0.last.map { $0.contains("reading the article") || $0.contains("annotating") } == true
    }
    try session.send("Space")
    let loaded = try session.expectScreen(until: "the annotations of the whole article", timeout: .seconds(120)) {
      $0.contains { $0.contains("2 Quotes (3250)") }
    }
    #expect(loaded.last?.contains("notes: ") == true, "the notes open with the whole article")
    #expect(loaded.contains { $0.contains("Xi Jinping ×") })
    try session.send("]", "]", "]")
    try session.expectScreen(showing: "3/3250 Yang Jiechi")
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
  }

  @Test func quitsWhileStillAnnotating() throws {
    let session = try open()
    try session.expectScreen(until: "the annotation under way") {
      $0.last.map { $0.contains("reading the article") || $0.contains("annotating") } == true
    }
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
    #expect(try session.format("#{alternate_on}") == "0", "the terminal is the shell's again")
  }
}
