import Testing

@testable import GlossCore

/// A path's parts read from its characters, as `URL(fileURLWithPath:)` gave them.
struct PathNameTests {
  @Test func partsOfAPath() {
    #expect(PathName.lastComponent("a/b.txt") == "b.txt")
    #expect(PathName.lastComponent("b.txt") == "b.txt")
    #expect(PathName.lastComponent("a/b/") == "b")
    #expect(PathName.directory("a/b.txt") == "a")
    #expect(PathName.directory("/b.txt") == "/")
    #expect(PathName.directory("b.txt") == ".")
    #expect(PathName.directory("/x/a/b/") == "/x/a")
  }

  @Test func extensions() {
    #expect(PathName.pathExtension("a.b/c.TXT") == "TXT")
    #expect(PathName.pathExtension("a.b/notes") == "")
    #expect(PathName.pathExtension(".profile") == "")
    #expect(PathName.pathExtension("..md") == "md")
    #expect(PathName.replacingExtension(of: "a/b.txt", with: "ann") == "a/b.ann")
    #expect(PathName.replacingExtension(of: "a.d/notes", with: "ann") == "a.d/notes.ann")
    #expect(PathName.replacingExtension(of: "x.tar.gz", with: "ann") == "x.tar.ann")
  }
}
