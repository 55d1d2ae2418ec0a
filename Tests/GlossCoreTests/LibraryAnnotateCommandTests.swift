import Foundation
import GlossTestSupport
import Testing

/// `gloss annotate DIR` and `gloss annotate FEED` through the real binary: JSON Lines, one line
/// per article in the library's order, an error line for an unreadable file, the cache used.
@Suite("gloss annotate on a library")
struct LibraryAnnotateCommandTests {
  let command = AnnotateCommandTests()
  let cacheHome: URL

  init() throws { cacheHome = try TemporaryFolder.make() }

  func run(_ arguments: [String]) throws -> AnnotateCommandTests.Run {
    try command.run(["annotate"] + arguments, environment: ["XDG_CACHE_HOME": cacheHome.path])
  }

  /// The output's lines, each parsed as a JSON object.
  func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  func itemPath(_ object: [String: Any]) -> String? {
    (object["item"] as? [String: Any])?["path"] as? String
  }

  @Test func aFolderGivesOneJSONLinePerArticleInOrderWithAnErrorLine() throws {
    let folder = try LibraryFixtures.mixedFolder()
    let result = try run([folder.path, "--format", "json"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasSuffix("\n"))
    let lines = try objects(result.standardOutput)
    #expect(lines.map(itemPath) == ["2-nasa.txt", "10-soccer.txt", "broken.txt", "pages/harbour.html", "thaad.md"].map { folder.path + "/" + $0 })
    #expect(lines[2]["error"] as? String == "\(folder.path)/broken.txt: is a binary file (it contains NUL bytes), not a text article")
    #expect(result.standardError == "gloss: \(folder.path)/broken.txt: is a binary file (it contains NUL bytes), not a text article\n")
    for index in [0, 1, 3, 4] {
      #expect(lines[index]["gloss"] as? String == "annotations/1")
      #expect(((lines[index]["quotes"] as? [Any])?.count ?? 0) > 0)
    }
  }

  @Test func eachLineIsTheSingleArticleDocumentWithItsItem() throws {
    let folder = try LibraryFixtures.mixedFolder()
    let path = folder.appendingPathComponent("2-nasa.txt").path
    let single = try JSONSerialization.jsonObject(with: Data(try run([path, "--format", "json"]).standardOutput.utf8)) as? NSDictionary
    var line = try #require(try objects(try run([folder.path]).standardOutput).first)
    #expect(itemPath(line) == path)
    line["item"] = nil
    #expect(NSDictionary(dictionary: line) == single)
  }

  @Test func theSecondRunReadsTheCacheAndPrintsTheSame() throws {
    let folder = try LibraryFixtures.mixedFolder()
    let first = try run([folder.path])
    let entries = try FileManager.default.contentsOfDirectory(atPath: cacheHome.path + "/gloss/annotations")
    #expect(entries.filter { $0.hasSuffix(".entry") }.count == 4)
    #expect(try run([folder.path]).standardOutput == first.standardOutput)
  }

  @Test func aFeedGivesOneLinePerItemNamingTheFeedAndItem() throws {
    let folder = try FeedFixtures.folder()
    let feed = folder.appendingPathComponent("feed.rss").path
    let result = try run([feed])
    #expect(result.status == 0)
    let lines = try objects(result.standardOutput)
    #expect(lines.count == 4)
    let first = try #require(lines.first?["item"] as? [String: Any])
    #expect(first["feed"] as? String == feed)
    #expect(first["number"] as? Int == 1)
    #expect(first["link"] as? String == "https://ledger.example.com/news/barrier-vote")
    #expect((lines[2]["item"] as? [String: Any])?["path"] as? String == folder.path + "/harbour-story.html")
    #expect(lines[3]["error"] != nil)
  }

  @Test func nothingReadableExitsWithTheFailure() throws {
    let folder = try TemporaryFolder.make()
    try Data([0, 1, 2]).write(to: folder.appendingPathComponent("a.txt"))
    try Data("   \n".utf8).write(to: folder.appendingPathComponent("b.md"))
    let result = try run([folder.path])
    #expect(result.status == 65)
    #expect(try objects(result.standardOutput).count == 2)
  }

  @Test func aLibraryCannotBePrintedAsText() throws {
    let folder = try LibraryFixtures.mixedFolder()
    let result = try run([folder.path, "--format", "text"])
    #expect(result.status == 64)
    #expect(result.standardOutput.isEmpty)
  }
}
