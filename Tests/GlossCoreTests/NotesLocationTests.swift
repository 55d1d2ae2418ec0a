import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// Where notes files live: beside the article, in the data directory, or where the user says.
@Suite("Notes location")
struct NotesLocationTests {
  @Test func besideAWritableArticle() throws {
    let article = try Fixtures.file("a.txt", "Text.")
    let location = NotesLocation.resolve(articlePath: article, text: "Text.", environment: [:])
    #expect(location == NotesLocation(path: article + ".notes.json", kind: .besideArticle))
  }

  @Test func aChosenFileWins() {
    let location = NotesLocation.resolve(articlePath: "/x/a.txt", text: "", chosen: "/y/n.json", environment: [:])
    #expect(location == NotesLocation(path: "/y/n.json", kind: .chosen))
  }

  @Test func dataDirectoryFollowsXDG() {
    #expect(NotesLocation.dataDirectory(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/gloss/notes")
    #expect(NotesLocation.dataDirectory(environment: ["HOME": "/h"]) == "/h/.local/share/gloss/notes")
    #expect(NotesLocation.dataDirectory(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]) == "/h/.local/share/gloss/notes")
  }

  /// A directory this user cannot write in: a read-only one for most users; for root, who
  /// writes anywhere, `/proc/sys` where it is mounted read-only (as in containers), else none.
  static let unwritableDirectory: String? = {
    if !NotesFixtures.isRoot, let url = try? TemporaryFolder.make(),
      (try? FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: url.path)) != nil
    {
      return url.path
    }
    return FileManager.default.isWritableFile(atPath: "/proc/sys") ? nil : "/proc/sys"
  }()

  @Test(.enabled(if: unwritableDirectory != nil, "no directory this user cannot write in"))
  func anUnwritableDirectoryUsesTheDataDirectory() throws {
    let article = try #require(Self.unwritableDirectory) + "/article.txt"
    let data = try TemporaryFolder.make().path
    let environment = ["XDG_DATA_HOME": data]
    let location = NotesLocation.resolve(articlePath: article, text: "v1", environment: environment)
    #expect(location.kind == .dataDirectory)
    #expect(location.path.hasPrefix(data + "/gloss/notes/article.txt."))
    #expect(location.path.hasSuffix(".notes.json"))
    try NotesStore(location: location).save()
    #expect(FileManager.default.fileExists(atPath: location.path))
    // Once saved, the file is found again after the article changes (same path)…
    #expect(NotesLocation.resolve(articlePath: article, text: "v2", environment: environment) == location)
    // …and after it moves unchanged (same content).
    let moved = NotesLocation.resolve(
      articlePath: try #require(Self.unwritableDirectory) + "/renamed.txt", text: "v1", environment: environment)
    #expect(moved.path == location.path)
  }

  @Test func standardInputIsKeyedByContent() throws {
    let data = try TemporaryFolder.make().path
    let location = NotesLocation.resolve(articlePath: "-", text: "Text.", environment: ["XDG_DATA_HOME": data])
    #expect(location.kind == .noFolder)
    #expect(location.path.hasPrefix(data + "/gloss/notes/standard-input.-."))
  }
}
