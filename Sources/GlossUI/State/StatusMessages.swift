/// The status line's messages, one at a time. A message said in answer to a key ("Last quote",
/// "Note saved") is replaced by the next message and goes with the next key, as in vim. A
/// message that must be read (said at start-up or by background work: a config problem, where
/// the notes are, the annotation finished) is never replaced or pressed away before it has been
/// on screen for ``readingTime``, which the terminal loop measures and reports with
/// ``markRead()``; the messages after it wait their turn.
public struct StatusMessages: Sendable {
  /// How long a message that must be read stays on screen before a key or the next message
  /// may replace it.
  public static let readingTime: Duration = .milliseconds(2500)

  /// A message and whether it may go before it has been read.
  struct Entry: Sendable {
    var message: StatusMessage
    var mustBeRead: Bool
    var isRead = false
    /// A key was pressed while it had still to be read: it goes once read.
    var isDismissed = false
    /// Tells entries apart, so the loop can time the one on screen.
    var serial: Int
  }

  private var entries: [Entry] = []
  private var nextSerial = 0

  public init() {}

  /// The message on screen, if any.
  public var shown: StatusMessage? { entries.first?.message }

  /// Identifies the message on screen (a new number for each message), for timing it.
  public var shownSerial: Int? { entries.first?.serial }

  /// True when the message on screen must be read and has been on screen long enough: it stays
  /// until a key, but gives way to the rest of the status line.
  public var shownHasBeenRead: Bool { entries.first.map { $0.mustBeRead && $0.isRead } ?? false }

  /// True when the message on screen is waiting to be read: the loop should time it.
  public var needsReading: Bool {
    guard let first = entries.first else { return false }
    return first.mustBeRead && !first.isRead
  }

  /// Adds `message` after the messages that must still be read, in place of any other; the same
  /// text as the last one waiting is not said twice.
  mutating func post(_ message: StatusMessage, mustBeRead: Bool) {
    entries.removeAll { !$0.mustBeRead || $0.isRead }
    if let last = entries.last, last.message == message, !last.isRead { return }
    entries.append(Entry(message: message, mustBeRead: mustBeRead, serial: nextSerial))
    nextSerial += 1
  }

  /// A key or click: drops the messages at the front that may go (all of them, unless one must
  /// still be read, which then goes once read).
  mutating func dismiss() {
    while let first = entries.first, first.isRead || !first.mustBeRead { entries.removeFirst() }
    if !entries.isEmpty { entries[0].isDismissed = true }
  }

  /// The message on screen has been there for ``readingTime``: the next one waiting takes its
  /// place; with none waiting, it goes if a key was pressed meanwhile, else it stays until one.
  public mutating func markRead() {
    guard let first = entries.first else { return }
    if entries.count > 1 || first.isDismissed { entries.removeFirst() } else { entries[0].isRead = true }
  }
}
