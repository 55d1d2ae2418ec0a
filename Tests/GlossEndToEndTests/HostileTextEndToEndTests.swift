import Foundation
import GlossTestSupport
import Testing

/// An article crafted to act on the terminal — clear the screen and move the cursor, change the
/// window title (OSC 0 and 2, and C1 OSC), write the clipboard (OSC 52), open an OSC 8 link,
/// ring the bell, and reorder text with bidirectional overrides and isolates — opened in the real
/// `gloss` in tmux and run through `gloss annotate`: every one of them shows as a placeholder.
@Suite("Hostile text in tmux", .serialized)
struct HostileTextEndToEndTests {
  static let fixture = GlossBinary.root
    .appendingPathComponent("Tests/GlossEndToEndTests/Fixtures/hostile.txt")
  static let headline = "Hostile Text Survives Intact"

  /// A copy of the fixture in a new temporary directory, so no notes file lands in the package.
  static func article() throws -> String {
    let copy = try TemporaryFolder.make().appendingPathComponent("hostile.txt")
    try FileManager.default.copyItem(at: fixture, to: copy)
    return copy.path
  }

  /// Runs `executable` with `arguments`; returns its status and standard output.
  static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: Data) {
    let (status, data) = try GlossBinary.run(executable, arguments, capturing: .output)
    return (status, data)
  }

  /// The tmux paste buffers of `session`'s server, one line each.
  static func buffers(_ session: TmuxSession) throws -> String {
    let tmux = try run("/usr/bin/env", ["tmux", "-L", session.socket, "list-buffers"])
    try #require(tmux.status == 0)
    return String(decoding: tmux.output, as: UTF8.self)
  }

  @Test func readerShowsPlaceholdersAndKeepsItsLayoutAndTheWindowTitle() throws {
    let height = 40
    let config = try TemporaryFolder.make().path
    // With set-clipboard on, an OSC 52 that reached tmux would become a paste buffer.
    let session = try TmuxSession(
      "tmux set-option -g set-clipboard on; '\(try GlossBinary.path())' '\(try Self.article())'",
      width: 160, height: height,
      environment: ["XDG_CONFIG_HOME": config, "TERM": "tmux-256color", "LANG": "C.UTF-8"])
    let title = try session.format("#{pane_title}")
    let screen = try session.expectAnnotated(showing: "5 Stances")
    let text = screen.joined(separator: "\n")

    for placeholder in [
      "before␛[2J␛[H␛[12;40Hafter, and ␛[31mred␛[0m done.",
      "␛]0;PWNED-TITLE␇ and ␛]2;PWNED-TWO␛\\ done.",
      "␛]52;c;UFdORUQtQ0xJUA==␇ done.",
      "␛]8;;http://evil.example/␛\\click␛]8;;␛\\ done.",
      "bell␇ back␈ vt␋ ff␌ del␡ c1csi�31m c1osc�0;C1-TITLE� done.",
      "John Smith: Move ␛[2J now",
      "⇄evil⇄ ⇄iso⇄ ⇄a⇄ b⇄ c⇄ d⇄ done.",
    ] {
      #expect(text.contains(placeholder), "no \(placeholder)")
    }
    #expect(screen.count == height)
    #expect(screen.first?.contains(Self.headline) == true)
    for pane in ["1 Article", "2 Quotes (", "3 Entities (", "4 Sources (", "5 Stances"] {
      #expect(screen.contains { $0.contains(pane) }, "no \(pane)")
    }
    // The status line is drawn after the panes: poll for it rather than read the frame above.
    try session.expectScreen(until: "where the notes are") { $0.last?.contains("notes: hostile.txt.notes.json") == true }

    // Scroll the whole article past, so every line has been drawn, then look again.
    try session.send("G")
    try session.send("g")
    try session.expectScreen(until: "the top again") { $0.first?.contains(Self.headline) == true }
    let after = try session.format("#{pane_title}")
    #expect(after == title)
    for injected in ["PWNED", "C1-TITLE"] { #expect(!after.contains(injected)) }
    #expect(try Self.buffers(session).isEmpty)
  }

  /// `gloss extract` to a terminal (txt) and as Markdown anywhere shows escape sequences as
  /// text; to a file or pipe, txt keeps the exact text the offsets refer to.
  @Test func extractShowsControlCharactersOnATerminalAndInMarkdown() throws {
    let article = try Self.article()
    let session = try TmuxSession(
      "'\(try GlossBinary.path())' extract '\(article)'", width: 160, height: 40,
      environment: ["TERM": "tmux-256color", "LANG": "C.UTF-8"])
    let title = try session.format("#{pane_title}")
    try session.expectScreen(showing: "Move \\u{1B}[2J now")
    #expect(try session.format("#{pane_title}") == title)
    let markdown = try Self.run(try GlossBinary.path(), ["extract", "--format", "md", article])
    #expect(!markdown.output.contains(0x1B))
    #expect(String(decoding: markdown.output, as: UTF8.self).contains("Move \\u{1B}[2J now"))
    let text = try Self.run(try GlossBinary.path(), ["extract", article])
    #expect(text.output.contains(0x1B), "piped, the text is exact")
  }

  @Test func annotateTextPrintsNoControlCharacters() throws {
    let result = try Self.run(try GlossBinary.path(), ["annotate", "--format", "text", try Self.article()])
    #expect(result.status == 0)
    let output = String(decoding: result.output, as: UTF8.self)
    #expect(!result.output.contains(0x1B))
    #expect(!output.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
    #expect(!output.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
    // The quote that holds an ESC is printed, with the ESC escaped.
    #expect(output.contains("Move \\u{1B}[2J now"))
  }
}
