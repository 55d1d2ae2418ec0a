import Foundation
import GlossTestSupport
import Testing

/// A long article in the real `gloss`: it opens from its preview at once, says how far the
/// annotation has come, fills the panes when it is done, and quits at any time.
@Suite("Long article in tmux", .serialized)
struct LongArticleEndToEndTests {
  /// A 1.2 MB text article (over the 1 MB the reader loads whole): the THAAD sample’s headline,
  /// then its body 250 times.
  static let path: String = (try? LongArticle.file(copies: 250)) ?? ""

  func open(width: Int = 120, height: Int = 40) throws -> TmuxSession {
    let data = try TemporaryFolder.make().path
    return try TmuxSession(
      "'\(try GlossBinary.path())' '\(Self.path)'", width: width, height: height,
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
      $0.contains { $0.contains("2 Quotes (3500)") }
    }
    #expect(loaded.contains { $0.contains("Xi Jinping ×") })
    // "annotated: 3500 quotes" is read first, then where the notes are.
    try session.expectScreen(until: "the notes, open with the whole article") { $0.last?.contains("notes: ") == true }
    try session.send("g", "]", "]", "]")
    try session.expectScreen(showing: "3/3500 Yang Jiechi")
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

  /// The body of a screen: each line up to the separator, without the title and status lines.
  static func body(_ screen: [String]) -> [String] {
    screen.dropFirst(2).dropLast().map { String($0.prefix { $0 != "│" }) }
  }

  /// Resized, the reader wraps the long article again (in the background) and shows what a
  /// reader opened at the new size shows.
  @Test func aResizeWrapsTheTextAgain() throws {
    let session = try open()
    let loaded = { (screen: [String]) in
      screen.contains { $0.contains("Xi Jinping: normal track") }
        && screen.last.map { !["reading", "annotating", "wrapping"].contains(where: $0.contains) } == true
    }
    _ = try session.expectScreen(until: "the whole article annotated", timeout: .seconds(120), loaded)
    let fresh = try open(width: 90, height: 30)
    let expected = Self.body(try fresh.expectScreen(until: "the article annotated at 90×30", timeout: .seconds(120), loaded))
    #expect(expected.contains { $0.contains("Xi was speaking in front of reporters at") })
    try session.resize(width: 90, height: 30)
    try session.expectScreen(until: "the body wrapped as at 90×30") { loaded($0) && Self.body($0) == expected }
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
  }

  /// Enter on a search reads the whole long article in the background: the count comes in,
  /// every copy of the sample's "Lee Hae-chan".
  @Test func enterSearchesTheWholeText() throws {
    let session = try open()
    _ = try session.expectScreen(until: "the whole article annotated", timeout: .seconds(120)) {
      $0.contains { $0.contains("Quotes (3500)") }
    }
    try session.send("/")
    try session.send("lee hae-chan", literal: true)
    try session.send("Enter")
    try session.expectScreen(until: "all 250 matches counted") { $0.last?.contains("/lee hae-chan 1/250") == true }
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
  }
}
