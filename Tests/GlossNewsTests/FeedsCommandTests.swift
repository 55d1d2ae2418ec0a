import Foundation
import GlossCore
import GlossNews
import GlossTestSupport
import Testing

/// `gloss feeds …` and `gloss search` through the built executable, with a data folder of their
/// own and the tests' server.
@Suite("gloss feeds")
struct FeedsCommandTests {
  let server: NewsServer
  let home: URL

  init() throws {
    server = try NewsServer.start()
    home = try TemporaryFolder.make()
  }

  /// Runs `gloss` with XDG folders under `home`: its status, standard output and error.
  func gloss(_ arguments: String...) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try GlossBinary.path())
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
    environment["XDG_CACHE_HOME"] = home.appendingPathComponent("cache").path
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
  }

  @Test(.timeLimit(.minutes(3))) func subscribeRefreshListSearchExportImport() throws {
    #expect(try gloss("feeds", "add", server.url("site/cmd"), "--name", "Gazette").output.hasPrefix("subscribed: Gazette"))
    let refresh = try gloss("feeds", "refresh")
    #expect(refresh.status == 0)
    #expect(refresh.output == "1 of 1 feeds refreshed, 3 new items\n")
    #expect(refresh.error == "Gazette: 3 new items\n")
    let list = try gloss("feeds", "list").output.split(separator: "\t").map(String.init)
    #expect(list.first == "Gazette")
    #expect(list.dropFirst().first == server.url("feed/cmd"))
    #expect(list.contains("3 items") && list.contains("3 unread"))
    let search = try gloss("search", "fishermen")
    #expect(search.status == 0)
    #expect(search.output.split(separator: "\n").count == 3)
    #expect(search.output.hasPrefix("Gazette\tBridge story cmd-"))
    let exported = try gloss("feeds", "export").output
    #expect(exported.contains("xmlUrl=\"\(server.url("feed/cmd"))\""))
    let opml = home.appendingPathComponent("feeds.opml")
    try exported.replacingOccurrences(of: "feed/cmd", with: "feed/cmd2").write(to: opml, atomically: true, encoding: .utf8)
    #expect(try gloss("feeds", "import", opml.path).output == "imported 1 feeds (0 already there or skipped)\n")
    #expect(try gloss("feeds", "remove", "Gazette").status == 0)
    #expect(try gloss("feeds", "list").output.split(separator: "\n").count == 1)
  }

  @Test(.timeLimit(.minutes(3))) func aRefreshFailsOnlyWhenNoFeedCouldBeRefreshed() throws {
    #expect(try gloss("feeds", "add", server.url("status/404")).status == 66)
    #expect(try gloss("feeds", "add", server.url("feed/fails")).status == 0)
    #expect(try gloss("feeds", "refresh").status == 0)
    #expect(try gloss("feeds", "remove", server.url("feed/fails")).status == 0)
    #expect(try gloss("feeds", "import", writeOPML(["http://127.0.0.1:1/feed"])).status == 0)
    let failed = try gloss("feeds", "refresh")
    #expect(failed.status == 69)
    #expect(failed.error.hasSuffix("gloss: http://127.0.0.1:1/feed: cannot connect to the host\n"))
    #expect(try gloss("search", "anything").status == 1)
  }

  @Test(.timeLimit(.minutes(3))) func aNoteOnAStoredItemIsListedByItsAddress() throws {
    #expect(try gloss("feeds", "add", server.url("feed/notes?items=1")).status == 0)
    #expect(try gloss("feeds", "refresh").status == 0)
    // A note made as the reader makes it on the stored item: kept by the item's address.
    let store = try NewsStore(path: home.appendingPathComponent("data/gloss/news.sqlite").path)
    let item = try #require(try store.library().library.items.first)
    let article = try LibraryReader(cache: nil).read(item).loaded.article
    let environment = ["XDG_DATA_HOME": home.appendingPathComponent("data").path]
    let location = NotesLocation.resolve(
      articlePath: item.notesPath(articlePath: nil), text: article.text, environment: environment)
    #expect(location.path.hasPrefix(home.appendingPathComponent("data/gloss/notes/notes-1.").path))
    let span = try #require(NoteAnchorer(article: article).firstOccurrence(of: "winter storms"))
    let source = NoteTarget.source(articlePath: server.url("page/notes-1"), article: article)
    #expect(source == server.url("page/notes-1"))
    try NotesStore(location: location).add(Note(target: NoteTarget(source: source, span: span, in: article.scalars), bodies: [.comment("check the date")]))
    let listed = try gloss("notes", "list", server.url("page/notes-1"))
    #expect(listed.status == 0)
    #expect(listed.output.contains("“winter storms”"))
    #expect(listed.output.contains("— check the date"))
  }

  func writeOPML(_ urls: [String]) throws -> String {
    let file = home.appendingPathComponent("list.opml")
    let outlines = urls.map { "<outline text=\"x\" xmlUrl=\"\($0)\"/>" }.joined()
    try "<opml version=\"2.0\"><body>\(outlines)</body></opml>".write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }
}
