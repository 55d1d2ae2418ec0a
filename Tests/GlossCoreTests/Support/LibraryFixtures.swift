import Foundation
import GlossTestSupport

@testable import GlossCore

/// Folders of articles for the library tests, built from the samples in a new temporary folder.
enum LibraryFixtures {
  /// The THAAD sample as Markdown: its headline as a `# ` heading, its body as it is.
  static func markdownSample() throws -> String {
    let text = try String(contentsOf: Fixtures.sample("thaad-south-korea-china.txt"), encoding: .utf8)
    let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    return "---\nsource: \"Sample Wire\"\n---\n# " + lines[0] + "\n" + lines[1]
  }

  /// A folder of mixed formats: two text samples (`2-nasa.txt`, `10-soccer.txt`, so natural
  /// order shows), a Markdown article, a web page in a subfolder, a binary `.txt`, and files
  /// a library skips (hidden, brat `.ann`, notes, images).
  static func mixedFolder() throws -> URL {
    let folder = try TemporaryFolder.make()
    func copy(_ sample: String, to name: String) throws {
      try FileManager.default.copyItem(at: Fixtures.sample(sample), to: folder.appendingPathComponent(name))
    }
    try copy("wikinews/nasa.txt", to: "2-nasa.txt")
    try copy("wikinews/soccer.txt", to: "10-soccer.txt")
    try markdownSample().write(to: folder.appendingPathComponent("thaad.md"), atomically: true, encoding: .utf8)
    let pages = folder.appendingPathComponent("pages")
    try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Fixtures.root.appendingPathComponent("Tests/GlossCoreTests/HTMLFixtures/news-site.html"),
      to: pages.appendingPathComponent("harbour.html"))
    try Data([0x41, 0x00, 0x42]).write(to: folder.appendingPathComponent("broken.txt"))
    try copy("wikinews/warming.txt", to: ".hidden.txt")
    try Data("T1\tPerson 0 3\tNASA\n".utf8).write(to: folder.appendingPathComponent("other.ann"))
    try Data("{}".utf8).write(to: folder.appendingPathComponent("2-nasa.txt.notes.json"))
    try Data([0x89, 0x50, 0x4E, 0x47]).write(to: folder.appendingPathComponent("photo.png"))
    return folder
  }
}
