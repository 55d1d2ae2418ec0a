import Foundation
import GlossTestSupport
import Testing

/// `gloss DIR` in tmux: the list shows, fills in as the articles are annotated, opens an
/// article and comes back to the same row, shows an actor's quotes across two articles, and
/// quits with status 0.
@Suite("Library in tmux", .serialized)
struct LibraryEndToEndTests {
  /// A folder of the THAAD sample, two short articles quoting Xi under other names (the UI
  /// tests' `xi-library` fixture), and a binary file; a cache and data folder of its own.
  func open() throws -> TmuxSession {
    let root = try TemporaryFolder.make()
    let news = root.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: GlossBinary.thaad, toPath: news.appendingPathComponent("thaad.txt").path)
    let fixtures = GlossBinary.root.appendingPathComponent("Tests/GlossUITests/Fixtures/xi-library")
    for name in ["1-beijing.txt", "2-summit.txt"] {
      try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: news.appendingPathComponent(name))
    }
    try Data("abc\0def".utf8).write(to: news.appendingPathComponent("3-broken.txt"))
    let home = root.path
    return try TmuxSession(
      "'\(try GlossBinary.path())' '\(news.path)'", width: 120, height: 30,
      environment: [
        "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home + "/cache", "TERM": "tmux-256color",
        "LANG": "C.UTF-8",
      ])
  }

  @Test func listFillsInOpensAnArticleAndComesBackThenFollowsAnActor() throws {
    let session = try open()
    try session.expectScreen(showing: "Library: ")
    let filled = try session.expectScreen(until: "the list to fill in and the actors to be indexed") {
      $0.contains { $0.contains("US’ THAAD Anti-Missile System") } && $0.last.map { !$0.contains("annotating") && !$0.contains("indexing") } == true
    }
    #expect(filled.contains { $0.contains("3-broken.txt") && $0.contains("⚠") })
    #expect(filled.contains { $0.contains("Beijing repeats its warning") })
    try session.send("G", "Enter")
    try session.expectScreen(showing: "notes: thaad.txt.notes.json")
    try session.send("j")
    try session.expectScreen(showing: "? help  q back")
    try session.send("q")
    // A frame is written in pieces: wait for the list's rows, not only its title.
    try session.expectScreen(until: "the library, back at the same row") { lines in
      lines.contains { $0.contains("Library: ") } && lines.contains { $0.hasPrefix("› US’ THAAD") }
    }
    try session.send("A")
    try session.expectScreen(showing: "Actors in ")
    try session.send("/", "x", "i", "Enter", "Enter")
    let page = try session.expectScreen(showing: "person · 3 articles")
    #expect(page.contains { $0.contains("“We will not accept the deployment of the system”") && $0.contains("Beijing repeats its warning") })
    #expect(page.contains { $0.contains("“Our position has not changed”") && $0.contains("Summit ends without agreement") })
    try session.send("q", "q")
    try session.expectScreen(showing: "sort: library")
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
  }

  @Test func atOnTheSpeakerInAnArticleShowsTheActorAcrossTheLibraryAndQReturns() throws {
    let session = try open()
    try session.expectScreen(until: "the actors to be indexed") {
      $0.contains { $0.contains("Summit ends without agreement") } && $0.last.map { !$0.contains("annotating") && !$0.contains("indexing") } == true
    }
    try session.send("j", "Enter")
    try session.expectScreen(showing: "Summit ends without agreement")
    try session.send("]", "@")
    try session.expectScreen(showing: "person · 3 articles")
    try session.send("q")
    try session.expectScreen(showing: "1/1 Xi Jinping")
    try session.send("q", "q")
    try session.expectScreen(showing: "[exit 0]")
  }
}
