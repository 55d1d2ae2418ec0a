#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives the terminal back when the reader ends by a signal (see ``TerminalReset``, which the
/// handlers use: they may run in the middle of a curses call, so they call nothing else).
///
/// - SIGINT, SIGTERM and SIGHUP restore the terminal and exit with 128 + the signal number
///   (130, 143, 129), as shells expect. Notes need no saving then: every change was saved when
///   it was made.
/// - A crash — SIGSEGV, SIGBUS, SIGILL, SIGTRAP (Swift's traps), SIGFPE, SIGABRT, SIGSYS, and
///   SIGQUIT (Ctrl-\) — restores the terminal, then calls the handler there was before with
///   the same arguments (Swift's backtracer, which then prints its report on the restored
///   screen), then dies of the signal by its default action (exit status 128 + the number, a
///   core dump where those are on). The backtracer alone would return and leave a reader that
///   was sent the signal (`kill -ABRT`) running.
/// - SIGTSTP (Ctrl-Z) is ncurses' own: its handler leaves curses, stops, and on `fg` takes the
///   terminal again and repaints every cell.
enum ExitGuard {
  static let exitSignals = [SIGINT, SIGTERM, SIGHUP]
  static let crashSignals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGSYS, SIGQUIT]

  /// Call once, after `newterm` and before anything else changes the terminal.
  @MainActor static func install() {
    TerminalReset.prepare()
    for signalNumber in exitSignals {
      signal(signalNumber) { received in
        TerminalReset.perform()
        _exit(128 + received)
      }
    }
    for signalNumber in crashSignals {
      var action = sigaction()
      action.__sigaction_handler.sa_sigaction = { received, info, context in
        TerminalReset.perform()
        ExitGuard.callPrevious(received, info, context)
        // Delivered when this handler returns: a fault would come again by itself (its
        // instruction runs again), a signal sent with kill or raise would not.
        signal(received, SIG_DFL)
        raise(received)
      }
      action.sa_flags = SA_SIGINFO | SA_ONSTACK
      sigaction(signalNumber, &action, previous + Int(signalNumber))
    }
  }

  /// The handlers the crash signals had before `install()`, by signal number.
  private nonisolated(unsafe) static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)

  /// Calls the handler `signalNumber` had before `install()`.
  private static func callPrevious(
    _ signalNumber: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
  ) {
    call(previous[Int(signalNumber)], signalNumber, info, context)
  }

  /// Calls the handler `action` names for `signalNumber`, unless it is the default action or
  /// ignoring the signal: for handlers that chain to the one they replaced (async-signal-safe).
  static func call(
    _ action: sigaction, _ signalNumber: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
    _ context: UnsafeMutableRawPointer?
  ) {
    let handler = action.__sigaction_handler
    guard unsafeBitCast(handler.sa_handler, to: Int.self) > 1 else { return }  // SIG_DFL 0, SIG_IGN 1
    if action.sa_flags & SA_SIGINFO != 0 {
      handler.sa_sigaction?(signalNumber, info, context)
    } else {
      handler.sa_handler?(signalNumber)
    }
  }
}
