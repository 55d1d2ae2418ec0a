import CNCursesW
import Glibc

/// Restores the terminal when the reader is killed: SIGINT, SIGTERM and SIGHUP end curses and
/// exit with 128 + the signal number (130, 143, 129), as shells expect.
enum ExitGuard {
  static func install() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber) { received in
        endwin()
        _exit(128 + received)
      }
    }
  }
}
