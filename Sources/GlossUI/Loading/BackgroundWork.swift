import Foundation

/// A thread working for the curses loop, and the way it talks to it: news posted on the
/// thread, kept under a lock until the loop takes it, and a non-blocking pipe whose read end
/// (``wakeDescriptor``) becomes readable whenever news is waiting, so the loop can wait for a
/// key and for news at once (`poll`). The loop's answer is ``cancel()``, which the work checks
/// between its pieces; nobody waits for a cancelled thread (it ends with the process).
///
/// Used by the long article's ``BackgroundLoad`` and ``BackgroundTask``, and the library's
/// ``LibraryLoad``.
public final class BackgroundWork<News: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  /// News not yet taken; guarded by `lock`, like the flags below.
  private var pending: [News] = []
  private var cancelled = false
  private var started = false
  private var running = false
  private let stopped = DispatchSemaphore(value: 0)
  /// Whether a new piece of news replaces the last one waiting (progress replaces progress).
  private let replaces: @Sendable (_ new: News, _ waiting: News) -> Bool
  private let wake: (read: Int32, write: Int32)

  /// A channel where news for which `replaces(new, waiting)` holds takes the place of the last
  /// news still waiting, so the loop never takes a backlog of progress reports.
  public init(replaces: @escaping @Sendable (_ new: News, _ waiting: News) -> Bool = { _, _ in false }) {
    self.replaces = replaces
    var descriptors: [Int32] = [-1, -1]
    if pipe(&descriptors) == 0 {
      for descriptor in descriptors { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) }
    }
    wake = (descriptors[0], descriptors[1])
  }

  deinit {
    close(wake.read)
    close(wake.write)
  }

  /// Runs `work` on a thread of its own; only the first call does anything.
  public func start(_ work: @escaping @Sendable () -> Void) {
    let first = lock.withLock {
      guard !started else { return false }
      started = true
      running = true
      return true
    }
    guard first else { return }
    Thread.detachNewThread { [self] in
      work()
      lock.withLock { running = false }
      stopped.signal()
    }
  }

  /// True once `start(_:)` was called.
  public var hasStarted: Bool { lock.withLock { started } }

  /// True while the thread runs.
  public var isRunning: Bool { lock.withLock { running } }

  /// Waits up to `timeout` seconds for the thread to end; true when it has (or never started).
  public func waitUntilStopped(timeout: Double) -> Bool {
    guard lock.withLock({ running }) else { return true }
    guard stopped.wait(timeout: .now() + timeout) == .success else { return false }
    stopped.signal()
    return true
  }

  /// Readable when there is news to take.
  public var wakeDescriptor: Int32 { wake.read }

  /// Posts `news` (from the worker's thread) and wakes the loop.
  public func post(_ news: News) {
    lock.withLock {
      if let last = pending.last, replaces(news, last) { pending.removeLast() }
      pending.append(news)
    }
    var byte: UInt8 = 1
    _ = write(wake.write, &byte, 1)
  }

  /// The news since the last call, oldest first.
  public func take() -> [News] {
    var byte: UInt8 = 0
    while read(wake.read, &byte, 1) > 0 {}
    return lock.withLock {
      defer { pending = [] }
      return pending
    }
  }

  /// Asks the worker to stop at its next check.
  public func cancel() { lock.withLock { cancelled = true } }

  /// True once `cancel()` was called.
  public var isCancelled: Bool { lock.withLock { cancelled } }
}
