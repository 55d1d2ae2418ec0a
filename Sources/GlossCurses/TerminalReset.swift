import CNCursesW
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts the terminal back as the shell had it, from a signal handler: what `endwin` does, but
/// only with async-signal-safe calls. `prepare()` works out, while curses runs normally, the
/// bytes to send (mouse reporting and keypad mode off, plain attributes, out of the alternate
/// screen, cursor shown, from terminfo) and the terminal modes from before curses changed them;
/// `perform()` then needs nothing but `write(2)` and `tcsetattr(3)`.
enum TerminalReset {
  /// The bytes `perform()` writes; set once by `prepare()`, before any handler can read them.
  private nonisolated(unsafe) static var bytes = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
  /// The shell's terminal modes, as ncurses saved them when it started. On the heap: a Swift
  /// global of type `termios` is laid out in 57 bytes, and `tcgetattr` writes 60 (the address
  /// sanitizer caught it writing past the end).
  private nonisolated(unsafe) static let shellModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
  private nonisolated(unsafe) static var hasShellModes = false

  /// Call once, after `newterm`, on the thread that runs curses.
  @MainActor static func prepare() {
    var sequence: [UInt8] = []
    if capability("kmous") != nil { sequence += Array("\u{1B}[?1006;1000l".utf8) }
    for name in ["rmkx", "sgr0", "rmcup", "cnorm"] { sequence += capability(name) ?? [] }
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: sequence.count)
    _ = buffer.initialize(from: sequence)
    bytes = buffer
    // newterm has already set its own modes; ncurses keeps the shell's, which reset_shell_mode
    // puts back for a moment so they can be read.
    reset_shell_mode()
    hasShellModes = tcgetattr(STDOUT_FILENO, shellModes) == 0
    reset_prog_mode()
  }

  /// Sends the reset bytes to the terminal and restores its modes. Async-signal-safe.
  static func perform() {
    var offset = 0
    while offset < bytes.count {
      let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { break }
      offset += written
    }
    if hasShellModes { tcsetattr(STDOUT_FILENO, TCSADRAIN, shellModes) }
  }

  /// The terminfo string capability `name` of the terminal curses started on, if it has one.
  @MainActor private static func capability(_ name: String) -> [UInt8]? {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
    return value.withMemoryRebound(to: UInt8.self, capacity: strlen(value)) {
      Array(UnsafeBufferPointer(start: $0, count: strlen(value)))
    }
  }
}
