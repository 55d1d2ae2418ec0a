#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Makes a terminal resize wake the wait for input, so the reader can block until something
/// happens instead of waking to look. SIGWINCH may be delivered to any thread (the Swift
/// runtime's as well as this one), so a blocked read would not see it; the handler installed
/// here lets ncurses note the resize as before (its own handler, called first) and then writes
/// a byte to a pipe that the wait polls.
enum ResizeSignal {
  /// The end of the pipe to poll: readable after a resize (call ``drain()`` then).
  nonisolated(unsafe) private(set) static var descriptor: Int32 = -1
  nonisolated(unsafe) private static var writeEnd: Int32 = -1
  /// ncurses' handler, installed by `newterm`.
  private nonisolated(unsafe) static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)

  /// Call once, after `newterm` (which installs ncurses' handler).
  @MainActor static func install() {
    guard descriptor < 0 else { return }
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    descriptor = ends[0]
    writeEnd = ends[1]
    var action = sigaction()
    action.__sigaction_handler.sa_sigaction = { received, info, context in
      ExitGuard.call(ResizeSignal.previous.pointee, received, info, context)
      var byte: UInt8 = 1
      _ = write(ResizeSignal.writeEnd, &byte, 1)
    }
    action.sa_flags = SA_SIGINFO | SA_RESTART
    sigaction(SIGWINCH, &action, previous)
  }

  /// Empties the pipe after a wake.
  static func drain() {
    var bytes = [UInt8](repeating: 0, count: 64)
    while read(descriptor, &bytes, bytes.count) > 0 {}
  }
}
