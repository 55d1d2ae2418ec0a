/// Times the status line's message for the terminal loop: notes when a message that needs
/// reading first went up, and says when it will have been on screen for
/// ``StatusMessages/readingTime``; the loop then calls ``StatusMessages/markRead()``.
public struct MessageTimer: Sendable {
  private var serial: Int?
  private var since: ContinuousClock.Instant?

  public init() {}

  /// When the message on screen will have been read, given that a frame showing it was drawn
  /// `now`; nil when no message needs timing.
  public mutating func deadline(for messages: StatusMessages, now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
    guard messages.needsReading, let shown = messages.shownSerial else {
      serial = nil
      return nil
    }
    if shown != serial || since == nil {
      serial = shown
      since = now
    }
    return since.map { $0 + StatusMessages.readingTime }
  }
}
