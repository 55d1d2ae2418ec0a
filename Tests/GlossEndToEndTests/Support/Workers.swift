import Foundation

/// Bodies that run at the same time, each on a thread of its own (Dispatch's pool may run no more
/// than there are cores, and these spend their time waiting for processes), and their results.
final class Workers<Result: Sendable>: @unchecked Sendable {
  private let count: Int
  private let lock = NSLock()
  private var results: [Int: Result] = [:]
  private let group = DispatchGroup()

  /// Starts `count` threads, running `body` with 0, 1, … `count - 1`.
  init(_ count: Int, _ body: @escaping @Sendable (Int) -> Result) {
    self.count = count
    for index in 0..<count {
      group.enter()
      Thread { [self] in
        let result = body(index)
        lock.withLock { results[index] = result }
        group.leave()
      }.start()
    }
  }

  /// True once every body has returned.
  var isFinished: Bool { lock.withLock { results.count == count } }

  /// Waits for every body; their results, in order.
  func wait() -> [Result] {
    group.wait()
    return lock.withLock { (0..<count).compactMap { results[$0] } }
  }
}
