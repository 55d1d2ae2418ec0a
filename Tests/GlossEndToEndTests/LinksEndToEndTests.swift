import Foundation
import GlossTestSupport
import Testing

/// `o` in the real reader on a web page: the link on screen goes to `$BROWSER` as one argument
/// (a fake browser script records its arguments), and the reader comes back and redraws.
@Suite("Links in tmux", .serialized)
struct LinksEndToEndTests {
  static let page = """
    <!doctype html><html><head><title>Harbour plan approved</title></head><body><article>
    <h1>Harbour plan approved</h1>
    <p>The council published <a href="https://example.com/plan?a=1&amp;b=2;$(touch x)">the full \
    plan</a> on Monday, and residents can read it online before the hearing next week, the mayor \
    said.</p>
    <p>Another paragraph with enough words to count as article text for the extractor to keep.</p>
    </article></body></html>
    """

  @Test func oOpensTheLinkWithBrowserAsOneArgument() throws {
    let directory = try TemporaryFolder.make()
    let page = directory.appendingPathComponent("harbour.html").path
    try Self.page.write(toFile: page, atomically: true, encoding: .utf8)
    let record = directory.appendingPathComponent("argv.txt").path
    let browser = directory.appendingPathComponent("browser").path
    try Self.writeScript("#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '\(record)'\necho drawn-by-the-browser\n", to: browser)
    let config = directory.appendingPathComponent("config").path
    let session = try TmuxSession(
      "'\(try GlossBinary.path())' '\(page)'", width: 120, height: 30,
      environment: [
        "XDG_CONFIG_HOME": config, "TERM": "tmux-256color", "LANG": "C.UTF-8", "BROWSER": browser,
      ])
    try session.expectScreen(showing: "notes: harbour.html.notes.json")
    try session.send("j")
    try session.expectScreen(showing: "link: https://example.com/plan?a=1&b=2;$(touch%20x)")
    try session.send("o")
    let screen = try session.expectScreen(showing: "Opened https://example.com/plan")
    #expect(!screen.contains { $0.contains("drawn-by-the-browser") }, "the screen was not redrawn")
    #expect(screen.contains { $0.contains("Harbour plan approved") })
    let argv = try String(contentsOfFile: record, encoding: .utf8)
    #expect(argv == "1\nhttps://example.com/plan?a=1&b=2;$(touch%20x)\n")
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x").path))
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
  }

  /// Writes an executable script through a descriptor closed on exec: a tmux server that
  /// another test starts meanwhile must not inherit it open for writing, or running the script
  /// fails with "text file busy".
  static func writeScript(_ text: String, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    guard write(descriptor, bytes, bytes.count) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
  }
}
