import Foundation
import GlossTestSupport
import Testing

/// `gloss annotate --from LIST` through the real binary: one JSON line for each line of the
/// list, in its order, each the line `gloss annotate DIR` prints for that article; an error line
/// for a line that gives no article, and a non-zero exit at the end with nothing else lost.
@Suite("gloss annotate --from")
struct AnnotateFromListTests {
  let library: LibraryAnnotateCommandTests
  let server: NewsServer

  init() throws {
    library = try LibraryAnnotateCommandTests()
    server = try NewsServer.start()
  }

  /// The list's lines as a file, with a blank line and a Windows line break among them.
  func listFile(_ lines: [String]) throws -> URL {
    let file = try TemporaryFolder.make().appendingPathComponent("list.txt")
    try Data((lines.joined(separator: "\r\n") + "\n\n").utf8).write(to: file)
    return file
  }

  @Test func eachLineGivesItsArticlesLineInOrderAndAFailureComesLast() throws {
    let folder = try LibraryFixtures.mixedFolder()
    let names = ["thaad.md", "2-nasa.txt", "missing.txt", "broken.txt", "pages/harbour.html", "10-soccer.txt"]
    let paths = names.map { folder.appendingPathComponent($0).path }
    let run = try library.run(["--from", try listFile(paths).path])
    #expect(run.status == 66)
    let lines = try library.objects(run.standardOutput)
    #expect(lines.map(library.itemPath) == paths)
    #expect(lines[2]["error"] as? String == "\(paths[2]): no such file")
    #expect((lines[3]["error"] as? String)?.hasSuffix("not a text article") == true)
    #expect(run.standardError.split(separator: "\n").count == 2)
    for index in [0, 1, 4, 5] { #expect(((lines[index]["quotes"] as? [Any])?.count ?? 0) > 0) }
    let fromFolder = try library.run([folder.path]).standardOutput.split(separator: "\n")
    #expect(run.standardOutput.split(separator: "\n")[1] == fromFolder[0])
  }

  /// Many lines, read from standard input as they come: the order holds however the workers
  /// finish, and every line is the library's line for that file.
  @Test func standardInputListsManyArticlesInOrder() throws {
    let folder = try LibraryFixtures.mixedFolder()
    let names = ["2-nasa.txt", "10-soccer.txt", "thaad.md"]
    let paths = (0..<30).map { folder.appendingPathComponent(names[$0 % 3]).path }
    let run = try library.command.run(
      ["annotate", "--from", "-"], input: Data(paths.joined(separator: "\n").utf8),
      environment: ["XDG_CACHE_HOME": library.cacheHome.path])
    #expect(run.status == 0)
    #expect(run.standardError.isEmpty)
    let lines = run.standardOutput.split(separator: "\n")
    #expect(lines.count == 30)
    let single = try library.run(names.map { folder.appendingPathComponent($0).path }).standardOutput.split(separator: "\n")
    for (index, line) in lines.enumerated() { #expect(line == single[index % 3]) }
  }

  @Test(.timeLimit(.minutes(3))) func addressesAreFetchedAndAFeedOrAFolderIsAnError() throws {
    let page = server.url("page/cli")
    let feed = server.url("feed/cli?items=2")
    let folder = try LibraryFixtures.mixedFolder().path
    let run = try library.run(["--from", try listFile([page, feed, folder]).path])
    #expect(run.status == 65)
    let lines = try library.objects(run.standardOutput)
    #expect(lines.count == 3)
    #expect((lines[0]["item"] as? [String: Any])?["url"] as? String == page)
    #expect(run.standardOutput.contains("We will build the bridge before the winter storms"))
    #expect((lines[1]["error"] as? String)?.hasSuffix("is a feed, not an article; --from takes one article a line") == true)
    #expect((lines[2]["error"] as? String)?.hasSuffix("is a folder, not an article; --from takes one article a line") == true)
  }

  @Test func aListThatCannotBeReadOrArticlesBesideItAreRefused() throws {
    let missing = try library.run(["--from", "/nonexistent/list.txt"])
    #expect(missing.status == 66)
    #expect(missing.standardError == "gloss: /nonexistent/list.txt: cannot read the list of articles\n")
    let both = try library.run(["--from", "-", GlossBinary.thaad])
    #expect(both.status == 64)
    let text = try library.run(["--from", "-", "--format", "text"])
    #expect(text.status == 64)
    #expect(text.standardOutput.isEmpty)
  }
}
