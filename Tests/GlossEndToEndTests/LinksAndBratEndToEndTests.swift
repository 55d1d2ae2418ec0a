import Foundation
import GlossTestSupport
import Testing

/// A brat file beside the article in the real reader: its annotations are shown with the
/// automatic ones, the status line says so, and `A` switches to the file's alone.
@Suite("Brat file beside the article in tmux", .serialized)
struct LinksAndBratEndToEndTests {
  @Test func theChoiceShowsAndASwitchesIt() throws {
    let directory = try TemporaryFolder.make()
    let article = directory.appendingPathComponent("thaad.txt").path
    try FileManager.default.copyItem(atPath: GlossBinary.thaad, toPath: article)
    try "T1\tOther 0 5\tUS’ T\nT2\tQuote 0 5\tUS’ T\nT3\tPerson 0 99999\tfar\n".write(
      toFile: directory.appendingPathComponent("thaad.ann").path, atomically: true,
      encoding: .utf8)
    let config = directory.appendingPathComponent("config").path
    let session = try TmuxSession(
      "'\(try GlossBinary.path())' '\(article)' 2>/dev/null", width: 160, height: 40,
      environment: ["XDG_CONFIG_HOME": config, "TERM": "tmux-256color", "LANG": "C.UTF-8"])
    try session.expectScreen(showing: "annotations: file+auto")
    try session.send("A")
    try session.expectScreen(showing: "–/1 quotes")
    try session.send("3")
    try session.expectScreen(showing: "3 Entities (1)")
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
  }
}
