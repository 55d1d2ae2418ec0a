import Foundation
import GlossTestSupport
import Testing

/// The news from the web end to end: subscribe to a feed of the tests' server, refresh, open
/// the news in tmux, open an item and see its article and quotes, mark one read, refresh in
/// the background with `R`, and quit.
@Suite("News in tmux", .serialized)
struct NewsEndToEndTests {
  @Test(.timeLimit(.minutes(3))) func subscribeRefreshOpenTheNewsAndAnItemThenQuit() throws {
    let server = try NewsServer.start()
    let home = try TemporaryFolder.make().path
    let environment = [
      "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home + "/cache", "TERM": "tmux-256color",
      "LANG": "C.UTF-8",
    ]
    let gloss = try GlossBinary.path()
    for arguments in [["feeds", "add", server.url("feed/e2e?items=2"), "--name", "Harbour"], ["feeds", "refresh"]] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: gloss)
      process.arguments = arguments
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "gloss \(arguments.joined(separator: " "))")
    }
    let session = try TmuxSession("'\(gloss)'", width: 120, height: 30, environment: environment)
    // A frame is captured as it is drawn: wait for all of it that is asserted.
    let list = try session.expectScreen(until: "the news list with its counts") { lines in
      lines.contains { $0.contains("Library: news: 1 feed") } && lines.contains { $0.contains("2 unread") }
        && lines.last?.contains { !$0.isWhitespace } == true
    }
    #expect(list.contains { $0.contains("• Harbour council approves bridge e2e-2") })
    try session.send("Enter")
    let article = try session.expectAnnotated(showing: "Quotes (5)")
    #expect(article.contains { $0.contains("We will build the bridge before the winter storms") })
    #expect(article.contains { $0.contains("Alice Brennan: We will build") })
    try session.send("q")
    let back = try session.expectScreen(showing: "1 unread")
    #expect(back.contains { $0.hasPrefix("›   Harbour council approves bridge e2e-2") }, "opened, so read")
    try session.send("j", "r")
    try session.expectScreen(showing: "0 unread")
    try session.send("R")
    try session.expectScreen(showing: "refreshed 1 of 1 feeds: 0 new items")
    try session.send("q")
    try session.expectScreen(showing: "[exit 0]")
  }
}
