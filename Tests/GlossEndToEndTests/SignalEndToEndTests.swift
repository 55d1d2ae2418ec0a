import Foundation
import GlossTestSupport
import Testing

/// Signals to the real reader in tmux: a hang-up, a suspend and `fg` from an interactive shell,
/// and crashes. Each time the terminal must come back as the shell had it (out of the alternate
/// screen, cursor shown, line discipline cooked and echoing) with the conventional exit status.
@Suite("Signals in tmux", .serialized)
struct SignalEndToEndTests {
  @Test func hangUpExits129RestoresTheTerminalAndTheNoteIsInTheFile() throws {
    let article = try NotesEndToEndTests.copiedSample()
    let session = try ReaderEndToEndTests().open(article, width: 200, height: 50)
    try session.send("]", "a")
    try session.expectScreen(showing: "New note")
    try session.send("written before the hang-up", literal: true)
    try session.send("Enter")
    try session.expectScreen(showing: "Note saved")
    // Saved when Enter was pressed (every change is), so the signal has nothing left to save.
    let notes = try String(contentsOfFile: article + ".notes.json", encoding: .utf8)
    #expect(notes.contains("written before the hang-up"))
    kill(try session.readerProcess(), SIGHUP)
    try session.expectRestoredTerminal(status: 129)
    #expect(try String(contentsOfFile: article + ".notes.json", encoding: .utf8) == notes)
  }

  @Test func suspendShowsTheShellAndFgRedrawsEveryCell() throws {
    let session = try TmuxSession(
      "bash --norc --noprofile -i", width: 120, height: 40,
      environment: ["XDG_CONFIG_HOME": "/nonexistent", "TERM": "tmux-256color", "LANG": "C.UTF-8"])
    try session.send("'\(try GlossBinary.path())' '\(GlossBinary.thaad)'", literal: true)
    try session.send("Enter")
    let reader = try session.expectScreen(until: "the reader's first frame") {
      $0.first?.contains(ReaderEndToEndTests.headline) == true && $0.contains { $0.contains("5 Stances") }
        && $0.last?.contains("quotes") == true
    }
    try session.send("C-z")
    try session.expectScreen(showing: "Stopped")
    #expect(try session.format("#{alternate_on}") == "0")
    #expect(try session.format("#{cursor_flag}") == "1")
    try session.send("seq 1 100; stty -a | tr ' ' '\\n' | grep -x -e '-*icanon' -e '-*echo'", literal: true)
    try session.send("Enter")
    let shell = try session.waitForTerminalModes()
    #expect(shell.contains("100"))
    #expect(shell.contains("icanon") && shell.contains("echo"), "left raw while suspended")
    try session.send("fg", "Enter")
    try session.expectScreen(until: "the reader's screen exactly as before") { $0 == reader }
    #expect(try session.format("#{alternate_on}") == "1")
    try session.send("j")
    try session.expectScreen(until: "the reader to take keys again") { $0 != reader }
  }

  @Test func aCrashRestoresTheTerminalAndDiesOfTheSignal() throws {
    let session = try open(environment: ["SWIFT_BACKTRACE": "enable=no"])
    kill(try session.readerProcess(), SIGSEGV)
    try session.expectRestoredTerminal(status: 128 + SIGSEGV)
  }

  @Test func anAbortRestoresTheTerminalBeforeSwiftsCrashReport() throws {
    let session = try open(environment: ["SWIFT_BACKTRACE": "enable=yes,interactive=no"])
    kill(try session.readerProcess(), SIGABRT)
    let screen = try session.expectRestoredTerminal(status: 128 + SIGABRT)
    #expect(screen.contains { $0.hasPrefix("Backtrace took") }, "no crash report on the restored screen")
  }

  /// The reader on the THAAD sample in a 120×40 window, with `environment` added.
  func open(environment: [String: String]) throws -> TmuxSession {
    let session = try TmuxSession(
      "'\(try GlossBinary.path())' '\(GlossBinary.thaad)'", width: 120, height: 40,
      environment: ["XDG_CONFIG_HOME": "/nonexistent", "TERM": "tmux-256color", "LANG": "C.UTF-8"]
        .merging(environment) { $1 })
    try session.expectScreen(showing: ReaderEndToEndTests.headline)
    return session
  }
}

extension TmuxSession {
  /// The process id of `gloss`, however deep under the pane's shell it runs.
  func readerProcess() throws -> pid_t {
    var pending = [try format("#{pane_pid}")]
    while let pid = pending.popLast() {
      let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
      if comm == "gloss\n", let found = pid_t(pid) { return found }
      let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
      pending += children.split(separator: " ").map(String.init)
    }
    throw GlossBinaryError(message: "no gloss process in the pane")
  }

  /// Waits for the shell's "[exit STATUS]" and its report of the line discipline, then checks
  /// that the terminal is the shell's again: no alternate screen, cursor shown, cooked and
  /// echoing. Returns the screen.
  @discardableResult
  func expectRestoredTerminal(status: Int32) throws -> [String] {
    try expectScreen(showing: "[exit \(status)]")
    let screen = try waitForTerminalModes()
    #expect(try format("#{alternate_on}") == "0")
    #expect(try format("#{cursor_flag}") == "1")
    #expect(screen.contains("icanon"))
    #expect(screen.contains("echo"))
    return screen
  }
}
