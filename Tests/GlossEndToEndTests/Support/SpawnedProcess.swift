import Foundation
import GlossTestSupport

/// A program started with `posix_spawnp` and waited for with `waitpid`, not `Foundation.Process`.
/// The child starts with no signal blocked and default handlers: test threads block signals, and
/// a child that inherited that mask would ignore SIGHUP and SIGTERM. Its end is never missed
/// (`Process.waitUntilExit` can wait for ever on a child that was killed or ended at once), and
/// since only ``wait()`` reaps it, ``kill(_:)`` cannot reach another process that took its pid.
struct SpawnedProcess {
  let pid: pid_t

  /// How a child ended.
  enum Ending: Equatable, CustomStringConvertible {
    case exited(Int32)
    case killed(signal: Int32)

    var description: String {
      switch self {
      case .exited(let status): return "exit \(status)"
      case .killed(let signal): return "signal \(signal)"
      }
    }
  }

  /// Starts `arguments[0]`, looked up in `PATH`, with standard input from /dev/null, standard
  /// output into the file `output` and standard error into `errors` (each made or emptied;
  /// /dev/null when nil).
  init(_ arguments: [String], output: String? = nil, errors: String? = nil) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errors ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = arguments.map { strdup($0) } + [nil]
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
    let error = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environment)
    guard error == 0 else {
      throw GlossBinaryError(message: "cannot run \(arguments[0]) (\(String(cString: strerror(error))))")
    }
    self.pid = pid
  }

  /// Sends `signal` (SIGKILL by default); nothing if the child has already ended.
  func kill(_ signal: Int32 = SIGKILL) { _ = Foundation.kill(pid, signal) }

  /// Waits for the child to end, and reaps it.
  func wait() -> Ending {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    // WIFEXITED and friends are macros Swift does not import.
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .killed(signal: signal)
  }
}
