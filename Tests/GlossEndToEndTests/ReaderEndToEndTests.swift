import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// The real `gloss` binary in a real (tmux) terminal: what a user sees and does.
@Suite("Reader in tmux", .serialized)
struct ReaderEndToEndTests {
  static let headline = "US’ THAAD Anti-Missile System"

  /// Starts the reader on `article` in a `width`×`height` tmux window, with `config` as the
  /// user's config.toml (none when nil), and waits for it annotated.
  func open(
    _ article: String = GlossBinary.thaad, width: Int = 120, height: Int = 40, expecting headline: String = headline,
    config configText: String? = nil
  ) throws -> TmuxSession {
    let config = try TemporaryFolder.make().path
    if let configText {
      try FileManager.default.createDirectory(atPath: config + "/gloss", withIntermediateDirectories: true)
      try configText.write(toFile: config + "/gloss/config.toml", atomically: true, encoding: .utf8)
    }
    let session = try TmuxSession(
      "'\(try GlossBinary.path())' '\(article)'", width: width, height: height,
      environment: ["XDG_CONFIG_HOME": config, "TERM": "tmux-256color", "LANG": "C.UTF-8"])
    try session.expectAnnotated(showing: headline)
    return session
  }

  /// The quotes of the THAAD sample in reading order, as the annotation core finds them.
  static func thaadQuotes() throws -> [Quote] {
    let article = try ArticleLoader().load(GlossBinary.thaad).article
    return Annotator().annotate(article).quotes.sorted { $0.span < $1.span }
  }

  @Test func opensWithHeadlineAndEveryPane() throws {
    let session = try open()
    let screen = try session.expectScreen(showing: "5 Stances")
    for pane in ["1 Article", "2 Quotes (", "3 Entities (", "4 Sources ("] {
      #expect(screen.contains { $0.contains(pane) }, "no \(pane)")
    }
    // The status line is drawn after the panes: poll for it rather than read the frame above.
    try session.expectScreen(until: "where the notes are") {
      $0.last?.contains("notes: thaad-south-korea-china.txt.notes.json (beside the article)") == true
    }
    try session.send("j")
    try session.expectScreen(until: "the key hint") { $0.last?.contains("? help") == true }
  }

  /// `gloss ARTICLE` opens the reader without the command parser (`Launch`), `gloss read
  /// ARTICLE` through it: the same screen either way.
  @Test func shortcutAndReadCommandShowTheSameScreen() throws {
    let config = try TemporaryFolder.make().path
    let environment = ["XDG_CONFIG_HOME": config, "TERM": "tmux-256color", "LANG": "C.UTF-8"]
    var screens: [[String]] = []
    for words in [[GlossBinary.thaad], ["read", GlossBinary.thaad]] {
      let command = try ([GlossBinary.path()] + words).map { "'\($0)'" }.joined(separator: " ")
      let session = try TmuxSession(command, width: 120, height: 40, environment: environment)
      try session.expectAnnotated(showing: Self.headline)
      screens.append(
        try session.expectScreen(until: "where the notes are") { $0.last?.contains("(beside the article)") == true })
    }
    #expect(screens[0] == screens[1])
  }

  /// Config problems are on screen at start, one after another, then where the notes are; a
  /// key pressed meanwhile does not skip them.
  @Test func configProblemsShowAtStartBeforeTheNotesPlace() throws {
    let session = try open(config: "theme = \"nope\"\n[keys]\njump = \"x\"\n")
    try session.expectScreen(until: "the unknown action") { $0.last?.contains("unknown action \"jump\"") == true }
    try session.send("j")
    try session.expectScreen(until: "the unknown theme") { $0.last?.contains("nope: no such theme") == true }
    try session.expectScreen(until: "where the notes are") { $0.last?.contains("(beside the article)") == true }
  }

  @Test func quotesPaneShowsSpeakers() throws {
    let quotes = try Self.thaadQuotes()
    let first = try #require(quotes.first?.speaker?.name, "the core finds no quotes yet")
    try open().expectScreen(showing: "\(first): ")
  }

  @Test func entitiesIncludeXiJinping() throws {
    try open().expectScreen(showing: "Xi Jinping ×")
  }

  @Test func sourcesIncludeReuters() throws {
    try open().expectScreen(showing: "Reuters — ")
  }

  @Test func thirdQuoteIsNamedInTheStatusLine() throws {
    let quotes = try Self.thaadQuotes()
    try #require(quotes.count >= 3, "the core finds \(quotes.count) quotes")
    let session = try open()
    try session.send("]", "]", "]")
    let speaker = quotes[2].speaker?.name ?? "unattributed"
    try session.expectScreen(until: "3/\(quotes.count) \(speaker) in the status line") {
      $0.last?.contains("3/\(quotes.count) \(speaker)") == true
    }
  }

  @Test func searchThenNextMovesBetweenMatches() throws {
    let session = try open()
    try session.send("/Moon", literal: true)
    try session.expectScreen(showing: "/Moon")
    try session.send("Enter")
    try session.expectScreen(until: "first match") { $0.last?.contains("/Moon 1/4") == true }
    try session.send("n")
    try session.expectScreen(until: "second match") { $0.last?.contains("/Moon 2/4") == true }
  }

  @Test func resizingDownAndBackLeavesNoGarbage() throws {
    let session = try open()
    let before = try session.expectScreen(showing: "5 Stances")
    try session.resize(width: 50, height: 14)
    let narrow = try session.expectScreen(showing: "1 Art")
    #expect(narrow.count >= 14)
    #expect(!narrow.contains { $0.contains("Stances (") })
    try session.resize(width: 120, height: 40)
    try session.expectScreen(until: "the screen as it was before the resize") { $0 == before }
  }

  @Test func tooSmallAndBack() throws {
    let session = try open(width: 80, height: 24)
    try session.resize(width: 20, height: 5)
    try session.expectScreen(showing: "too small")
    try session.resize(width: 80, height: 24)
    try session.expectScreen(showing: Self.headline)
  }

  @Test func wheelScrollsAndClickSelects() throws {
    let session = try open()
    let percent = try #require(try session.screen().last?.split(separator: "│")[1])
    try session.mouse(button: 65, x: 10, y: 10)
    try session.expectScreen(until: "the body to scroll") { $0.last?.split(separator: "│")[1] != percent }
    try session.mouse(button: 0, x: 100, y: 5)
    let screen = try session.expectScreen(until: "the quotes pane focused and the clicked quote selected") {
      $0.contains { $0.contains("▸ 2 Quotes") } && $0.count > 5 && $0[5].contains("│›")
    }
    #expect(screen[5].contains("CNN"))
  }

  @Test func helpOpensAndEscapeCloses() throws {
    let session = try open()
    try session.send("?")
    try session.expectScreen(showing: "Keys — Esc closes")
    try session.send("Escape")
    try session.expectScreen(until: "help to close") { !$0.contains { $0.contains("Keys — Esc closes") } }
  }

  @Test func quitExitsZeroAndRestoresTheTerminal() throws {
    let session = try open()
    try session.send("q")
    try session.expectRestoredTerminal(status: 0)
  }

  @Test func terminateExits143AndRestoresTheTerminal() throws {
    let session = try open()
    kill(try session.readerProcess(), SIGTERM)
    try session.expectRestoredTerminal(status: 143)
  }

  @Test func interruptExits130() throws {
    let session = try open()
    try session.send("C-c")
    try session.expectScreen(showing: "[exit 130]")
  }

  @Test func wideCharactersKeepPanesAligned() throws {
    let sample = GlossBinary.root.appendingPathComponent("Tests/GlossUITests/Fixtures/hangul-sample.txt").path
    let session = try open(sample, width: 100, height: 30, expecting: "사드 배치")
    // The first capture can come while the rows are being drawn: wait for the separators.
    let screen = try session.expectScreen(until: "the panes drawn") { lines in
      lines.dropFirst().dropLast().count { $0.contains("│") } > 20
    }
    let columns = screen.dropFirst().dropLast().compactMap { line -> Int? in
      guard let bar = line.firstIndex(of: "│") else { return nil }
      return line[..<bar].reduce(0) { $0 + Self.columns($1) }
    }
    #expect(columns.count > 20)
    #expect(Set(columns).count == 1, "separator columns: \(Set(columns))")
  }

  /// Columns of a character as tmux shows it: two for Hangul, CJK and emoji, one for the
  /// regional indicator the reader writes for a flag (ncurses takes one spacing character a cell).
  static func columns(_ character: Character) -> Int {
    let value = character.unicodeScalars.first!.value
    if (0x1F1E6...0x1F1FF).contains(value) { return 1 }
    let wide: [ClosedRange<UInt32>] = [0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F000...0x1FAFF]
    return wide.contains { $0.contains(value) } ? 2 : 1
  }

  @Test func badInputFailsBeforeTheScreen() throws {
    let missing = try GlossBinary.run(["/nonexistent/article.txt"])
    #expect(missing.status == 66)
    #expect(missing.standardError == "gloss: /nonexistent/article.txt: no such file\n")
    let folder = try TemporaryFolder.make()
    let empty = folder.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    #expect(try GlossBinary.run([empty.path]).status == 65)
    let binary = folder.appendingPathComponent("binary.txt")
    try Data([0x47, 0x00, 0x01, 0x02]).write(to: binary)
    #expect(try GlossBinary.run([binary.path]).status == 65)
  }

  @Test func noTerminalIsRefused() throws {
    let run = try GlossBinary.run([GlossBinary.thaad])
    #expect(run.status == 1)
    #expect(run.standardError.contains("needs a terminal"))
  }
}

extension TmuxSession {
  /// Waits for the shell's report of the line discipline after the reader exited: "icanon" and
  /// "echo" when the terminal was restored, "-icanon" and "-echo" when it was left raw.
  func waitForTerminalModes() throws -> [String] {
    try expectScreen(until: "the terminal modes") { $0.contains { $0 == "echo" || $0 == "-echo" } }
  }
}
