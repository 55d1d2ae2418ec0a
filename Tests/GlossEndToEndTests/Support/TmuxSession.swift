import Foundation

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
    let shell = "trap : INT; \(command); echo \"[exit $?]\"; stty -a | tr ' ' '\\n' | grep -x -e '-*icanon' -e '-*echo'; exec cat"
    var arguments = ["-f", "/dev/null", "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)"]
    for (name, value) in environment { arguments += ["-e", "\(name)=\(value)"] }
    try tmux(arguments + ["sh", "-c", shell])
    socketPath = try format("#{socket_path}")
  }

  /// Where the server listens; removed after `kill-server`, which leaves it behind.
  private var socketPath = ""

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

  /// The session's name, which also targets its only pane.
  private static let target = "reader"

  /// Runs `tmux -L socket arguments…` and returns what it printed. Spawned directly and
  /// waited for with `waitpid`: the server that `new-session` forks outlives the client, which
  /// `Foundation.Process` does not always notice. The child starts with no signal blocked and
  /// default handlers: test threads block signals, and a server (and the reader in it) that
  /// inherited that mask would ignore SIGHUP and SIGTERM and outlive `kill-server`.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + environment).forEach { free($0) } }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var signals = sigset_t()
    sigemptyset(&signals)
    posix_spawnattr_setsigmask(&attributes, &signals)
    sigfillset(&signals)
    posix_spawnattr_setsigdefault(&attributes, &signals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environment) == 0 else {
      throw GlossBinaryError(message: "cannot run tmux: is it installed?")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    guard status == 0 else {
      throw GlossBinaryError(message: "tmux \(arguments.first ?? "") failed (status \(status))")
    }
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  }
}
