import Foundation
import GlossTestSupport

/// A program running in a detached tmux session on a private server (`tmux -L gloss-test-…`),
/// driven like a user would: keys in, screen text out, resizes. Every wait polls the screen
/// until it shows what is expected or a timeout passes; nothing sleeps a fixed time.
final class TmuxSession {
  let socket = "gloss-test-\(UUID().uuidString.prefix(8))"
  static let timeout: Duration = .seconds(10)

  /// Starts `command` (a shell command line) in a `width`×`height` window. Once it ends, the
  /// shell (which survives Ctrl-C) prints "[exit STATUS]" and the terminal's line discipline,
  /// then waits.
  init(_ command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
    outputs = try TemporaryFolder.make()
    let shell = "trap : INT; \(command); echo \"[exit $?]\"; stty -a | tr ' ' '\\n' | grep -x -e '-*icanon' -e '-*echo'; exec cat"
    var arguments = ["-f", "/dev/null", "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)"]
    for (name, value) in environment { arguments += ["-e", "\(name)=\(value)"] }
    try tmux(arguments + ["sh", "-c", shell])
    socketPath = try format("#{socket_path}")
  }

  /// Where the server listens; removed after `kill-server`, which leaves it behind.
  private var socketPath = ""

  /// The folder of the files that tmux commands print into.
  private let outputs: URL

  deinit {
    _ = try? tmux(["kill-server"])
    if !socketPath.isEmpty { unlink(socketPath) }
  }

  /// Sends keys in tmux's names (`"Escape"`, `"Enter"`) or literally with `literal`.
  func send(_ keys: String..., literal: Bool = false) throws {
    try tmux(["send-keys", "-t", Self.target] + (literal ? ["-l"] : []) + keys)
  }

  /// Sends a mouse event as an xterm reports it (`ESC [ M` and three bytes): `button` 0 for a
  /// press of the first button, 65 for the wheel turned down; `x` and `y` from 0.
  func mouse(button: UInt8, x: Int, y: Int) throws {
    let bytes: [UInt8] = [0x1B, 0x5B, 0x4D, 32 + button, UInt8(33 + x), UInt8(33 + y)]
    try tmux(["send-keys", "-t", Self.target, "-H"] + bytes.map { String($0, radix: 16) })
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// The screen as lines of text.
  func screen() throws -> [String] {
    var lines = try tmux(["capture-pane", "-p", "-t", Self.target]).components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// A tmux format value for the pane (`#{alternate_on}`, `#{pane_pid}`).
  func format(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", Self.target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Waits until `condition` holds for the screen, at most `timeout`; returns that screen, or
  /// throws with the last screen seen.
  @discardableResult
  func expectScreen(
    until description: String, timeout: Duration = timeout, _ condition: ([String]) -> Bool
  ) throws -> [String] {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    var lines = try screen()
    while !condition(lines) {
      guard clock.now < deadline else {
        throw GlossBinaryError(message: "timed out waiting for \(description); screen:\n" + lines.joined(separator: "\n"))
      }
      usleep(15_000)
      lines = try screen()
    }
    return lines
  }

  /// Waits until some line of the screen contains `text`.
  @discardableResult
  func expectScreen(showing text: String) throws -> [String] {
    try expectScreen(until: "\"\(text)\"") { $0.contains { $0.contains(text) } }
  }

  /// Waits until the reader shows an article annotated, with some line containing `text`: an
  /// article opened whole shows its text before its annotations, and a frame is whole once its
  /// status line, drawn last, is there.
  @discardableResult
  func expectAnnotated(showing text: String) throws -> [String] {
    try expectScreen(until: "\"\(text)\", annotated") { lines in
      lines.contains { $0.contains(text) } && !lines.contains { $0.contains("annotating") }
        && lines.last?.contains { !$0.isWhitespace } == true
    }
  }

  /// The session's name, which also targets its only pane.
  private static let target = "reader"

  /// Runs `tmux -L socket arguments…` and returns what it printed. Spawned and waited for as a
  /// ``SpawnedProcess``: the server that `new-session` forks outlives the client, which
  /// `Foundation.Process` does not always notice, and the server (and the reader in it) must not
  /// inherit the test thread's blocked signals, or it would ignore SIGHUP and SIGTERM and outlive
  /// `kill-server`.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let output = outputs.appendingPathComponent(UUID().uuidString).path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let ending = try SpawnedProcess(["tmux", "-L", socket] + arguments, output: output).wait()
    guard ending == .exited(0) else {
      throw GlossBinaryError(message: "tmux \(arguments.first ?? "") failed (\(ending))")
    }
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  }
}
