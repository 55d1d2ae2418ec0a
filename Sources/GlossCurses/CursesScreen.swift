import CNCursesW
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import GlossUI

/// The terminal as ncurses drives it: started and stopped once, draws cell buffers and reads
/// events. The only code in Gloss that calls curses, all of it on the main actor.
@MainActor
final class CursesScreen {
  private var palette = CursesPalette(depth: .none)
  private var input: UnsafeMutablePointer<FILE>?

  /// The terminal's size in cells.
  var size: (width: Int, height: Int) { (Int(gloss_cols()), Int(gloss_lines())) }

  /// Takes over the terminal: full screen, keys unbuffered and unechoed, mouse on, colours with
  /// the terminal's own background. Reads keys from `/dev/tty` when standard input is a pipe.
  func start(environment: [String: String]) throws(CursesError) {
    setlocale(LC_ALL, "")
    if isatty(STDIN_FILENO) == 0 {
      input = fopen("/dev/tty", "r")
      guard input != nil else { throw CursesError("no terminal to read keys from (/dev/tty)") }
    }
    guard newterm(nil, gloss_stdout(), input ?? gloss_stdin()) != nil else {
      throw CursesError("cannot start the terminal (TERM=\(environment["TERM"] ?? "unset"))")
    }
    ExitGuard.install()
    ResizeSignal.install()
    cbreak()
    noecho()
    nonl()
    keypad(gloss_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    var colors = 0
    if has_colors() {
      start_color()
      use_default_colors()
      colors = Int(gloss_colors())
    }
    palette = CursesPalette(depth: ColorDepth.detect(colors: colors, environment: environment))
    mousemask(gloss_mouse_mask(), nil)
    mouseinterval(0)
  }

  /// Gives the terminal back as it was.
  func stop() {
    endwin()
    if let input { fclose(input) }
    input = nil
  }

  /// Hands the terminal back as it was before `start`, for a program that may use it (a
  /// terminal browser); `resume()` takes it again.
  func suspend() {
    def_prog_mode()
    endwin()
  }

  /// Takes the terminal again after `suspend()`: the next `draw` repaints every cell, so
  /// whatever the other program left on the screen is gone.
  func resume() {
    reset_prog_mode()
    clearok(gloss_stdscr(), true)
  }

  /// Copies `buffer`, drawn with a theme made for `backdrop`, to the screen; ncurses sends only
  /// what changed since the last frame. A cell's characters go through one buffer, and a run of
  /// cells in one style asks the palette once (a full frame is ten thousand cells and more).
  func draw(_ buffer: CellBuffer, backdrop: Backdrop) {
    palette.backdrop = backdrop
    let window = gloss_stdscr()
    let (width, height) = (min(buffer.width, size.width), min(buffer.height, size.height))
    let most = Int(CCHARW_MAX)
    var style: (Style, attr_t, Int32)?
    withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: most + 1) { characters in
      for y in 0..<height {
        for x in 0..<width {
          let cell = buffer[x, y]
          if cell.isContinuation { continue }
          if style?.0 != cell.style {
            let (attributes, pair) = palette.attributes(for: cell.style)
            style = (cell.style, attributes, pair)
          }
          guard let (_, attributes, pair) = style else { continue }
          var count = 0
          for scalar in cell.text.unicodeScalars where count < most {
            characters[count] = wchar_t(bitPattern: scalar.value)
            count += 1
          }
          characters[count] = 0
          if gloss_put_cell(window, Int32(y), Int32(x), characters.baseAddress, attributes, pair) == ERR, count > 1 {
            characters[1] = 0
            gloss_put_cell(window, Int32(y), Int32(x), characters.baseAddress, attributes, pair)
          }
        }
      }
    }
    if let cursor = buffer.cursor {
      curs_set(1)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      curs_set(0)
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Waits for the next key, click, wheel notch or resize, or for one of `wake` (descriptors
  /// that become readable when background work has news; nil ones are left out), or until
  /// `deadline`; nil once the terminal is gone.
  ///
  /// Reads without blocking and, between reads, blocks in `poll` until the terminal has input,
  /// a resize is signalled (``ResizeSignal``), background work has news or the deadline comes:
  /// an idle reader does not wake up. A terminal that polls readable but yields nothing, again
  /// and again, has hung up.
  func nextInput(wake: [Int32?] = [], until deadline: ContinuousClock.Instant? = nil) -> ScreenInput? {
    let window = gloss_stdscr()
    nodelay(window, true)
    var descriptors = [pollfd(fd: input.map { fileno($0) } ?? STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
    if ResizeSignal.descriptor >= 0 { descriptors.append(pollfd(fd: ResizeSignal.descriptor, events: Int16(POLLIN), revents: 0)) }
    let firstWake = descriptors.count
    for descriptor in wake.compactMap(\.self) { descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
    var emptyReads = 0
    while emptyReads < 100 {
      let now = ContinuousClock.now
      if let deadline, now >= deadline { return .timeout }
      var character: wint_t = 0
      let result = wget_wch(window, &character)
      if result == OK, let key = KeyDecoder.character(UInt32(character)) { return .event(.key(key)) }
      guard result == KEY_CODE_YES else {
        guard result == ERR else { continue }
        let timeout = deadline.map { Int32(min((now.duration(to: $0) / .milliseconds(1)).rounded(.up), 1e9)) } ?? -1
        guard poll(&descriptors, nfds_t(descriptors.count), timeout) > 0 else { continue }
        if descriptors[firstWake...].contains(where: { $0.revents & Int16(POLLIN) != 0 }) { return .wake }
        if firstWake > 1, descriptors[1].revents != 0 {
          ResizeSignal.drain()
        } else if descriptors[0].revents != 0 {
          emptyReads += 1
        }
        continue
      }
      switch Int32(character) {
      case KEY_RESIZE: return .event(.resize(width: size.width, height: size.height))
      case KEY_MOUSE:
        if let mouse = readMouse() { return .event(.mouse(mouse)) }
      default:
        if let key = KeyDecoder.function(Int32(character)) { return .event(.key(key)) }
      }
    }
    return nil
  }

  private func readMouse() -> MouseEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .wheelUp, 3: .wheelDown]
    return kinds[gloss_mouse_kind(event.bstate)].map { MouseEvent($0, x: Int(event.x), y: Int(event.y)) }
  }
}

/// What the screen's wait ended with: an event for the reader, news from background work, or
/// the deadline it was given.
enum ScreenInput {
  case event(Event)
  case wake
  case timeout
}

/// Why the terminal could not be used.
struct CursesError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
