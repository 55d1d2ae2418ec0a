import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss notes` end to end: runs the built `gloss` executable on a copy of the THAAD sample.
@Suite("gloss notes")
struct NotesCommandTests {
  /// Runs `gloss` the way the `gloss annotate` tests do.
  let command = AnnotateCommandTests()
  /// A writable copy of the THAAD sample, alone in a new directory.
  let article: String

  init() throws {
    let directory = try TemporaryFolder.make()
    article = directory.appendingPathComponent("thaad.txt").path
    let text = try NotesFixtures.thaadText()
    try Data(text.utf8).write(to: URL(fileURLWithPath: article))
  }

  @Test func addListAndExport() throws {
    let added = try command.run([
      "notes", "add", article, "--quote", "Xi Jinping said on Friday", "--note", "Xi’s own words",
      "--tag", "china", "--tag", "ties",
    ])
    #expect(added.status == 0)
    #expect(added.standardError.isEmpty)
    #expect(added.standardOutput.hasPrefix("urn:uuid:"))
    #expect(added.standardOutput.hasSuffix(" ¶3, 532–557 \(article).notes.json\n"))
    let highlight = try command.run(["notes", "add", article, "--quote", "shared distaste", "--stance", "China:oppose:THAAD"])
    #expect(highlight.status == 0)

    let list = try command.run(["notes", "list", article])
    #expect(list.status == 0)
    #expect(list.standardOutput == """
      ¶1, 307–322  exact  “shared distaste”  stance China: oppose THAAD
      ¶3, 532–557  exact  “Xi Jinping said on Friday”  #china #ties  — Xi’s own words

      """)

    let markdown = try command.run(["notes", "export", article])
    #expect(markdown.status == 0, "Markdown is the default")
    #expect(markdown.standardOutput.contains("## ¶3, 532–557\n\n> Xi Jinping said on Friday\n\nXi’s own words\n\nTags: `china`, `ties`\n"))

    let json = try command.run(["notes", "export", article, "--format", "json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    #expect(document["type"] as? String == "AnnotationCollection")
    #expect((document["items"] as? [Any])?.count == 2)
  }

  /// A note holding an escape sequence (from --note, or imported from another tool) is
  /// listed and exported with the sequence made visible, never sent to the terminal.
  @Test func escapeSequencesInNotesArePrintedVisibly() throws {
    let added = try command.run(["notes", "add", article, "--quote", "shared distaste", "--note", "\u{1B}[31mred\u{1B}[0m", "--tag", "\u{1B}]0;t\u{07}"])
    #expect(added.status == 0)
    let list = try command.run(["notes", "list", article])
    #expect(!list.standardOutput.contains("\u{1B}"))
    #expect(!list.standardOutput.contains("\u{07}"))
    #expect(list.standardOutput.contains("— \\u{1B}[31mred\\u{1B}[0m"))
    let markdown = try command.run(["notes", "export", article])
    #expect(!markdown.standardOutput.contains("\u{1B}"))
    #expect(markdown.standardOutput.contains("\\u{1B}[31mred"))
  }

  @Test func listWithNoNotesSaysSo() throws {
    let list = try command.run(["notes", "list", article])
    #expect(list.status == 0)
    #expect(list.standardOutput == "no notes (\(article).notes.json)\n")
  }

  @Test func listAfterTheArticleChanged() throws {
    #expect(try command.run(["notes", "add", article, "--quote", "Xi Jinping said on Friday"]).status == 0)
    #expect(try command.run(["notes", "add", article, "--quote", "regional superpower China"]).status == 0)
    var text = try String(contentsOfFile: article, encoding: .utf8)
    text = text.replacingOccurrences(of: "regional superpower China", with: "")
    text = text.replacingOccurrences(of: "From a Reuters report", with: "Quoting a Reuters report")
    try Data(text.utf8).write(to: URL(fileURLWithPath: article))
    let list = try command.run(["notes", "list", article])
    let lines = list.standardOutput.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.contains("  moved  “Xi Jinping said on Friday”") == true)
    #expect(lines.last == "-  detached  “regional superpower China”")
  }

  @Test func aQuoteNotInTheArticleExits65() throws {
    let result = try command.run(["notes", "add", article, "--quote", "not in this article"])
    command.expectFailure(result, status: 65, name: article)
    #expect(!FileManager.default.fileExists(atPath: article + ".notes.json"))
  }

  @Test func aMissingArticleExits66() throws {
    let missing = article + ".gone"
    command.expectFailure(try command.run(["notes", "list", missing]), status: 66, name: missing)
  }

  @Test func aCorruptNotesFileExits65AndIsLeftAlone() throws {
    let notes = article + ".notes.json"
    let corrupt = Data("{ not json".utf8)
    try corrupt.write(to: URL(fileURLWithPath: notes))
    command.expectFailure(try command.run(["notes", "list", article]), status: 65, name: notes)
    command.expectFailure(
      try command.run(["notes", "add", article, "--quote", "shared distaste"]), status: 65, name: notes)
    #expect(try Data(contentsOf: URL(fileURLWithPath: notes)) == corrupt)
  }

  @Test func aNotesPathThatIsADirectoryExits73() throws {
    let notes = try TemporaryFolder.make().path
    let result = try command.run(["notes", "add", article, "--quote", "shared distaste", "--notes", notes])
    command.expectFailure(result, status: 73, name: notes)
    #expect(result.standardError.contains("is a directory"))
  }

  @Test func aBadStanceIsAUsageError() throws {
    let result = try command.run(["notes", "add", article, "--quote", "shared distaste", "--stance", "China:hates"])
    #expect(result.status == 64)
    #expect(result.standardOutput.isEmpty)
  }

  /// `kill -9` at random moments while notes are saved never leaves a broken notes file.
  @Test func killedWhileSavingLeavesAReadableFile() throws {
    let notes = article + ".notes.json"
    var generator = SystemRandomNumberGenerator()
    for round in 0..<20 {
      let process = Process()
      process.executableURL = try AnnotateCommandTests.executable()
      process.arguments = ["notes", "add", article, "--quote", "Lee Hae-chan", "--note", "round \(round)"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32.random(in: 0..<30_000, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if FileManager.default.fileExists(atPath: notes) {
        #expect(NotesStore(path: notes).problem == nil, "round \(round)")
      }
    }
  }
}
