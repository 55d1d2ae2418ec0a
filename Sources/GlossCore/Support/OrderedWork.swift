import Foundation

/// Work on many items spread over every core, with the results handed on in the items' order:
/// `gloss annotate` of a library prints its articles in the library's order however the
/// workers finish.
public enum OrderedWork {
  /// Runs `work` for each index in `0..<count` on `workers` threads (the machine's cores by
  /// default), and calls `deliver` on the calling thread once for each index, in index order,
  /// as soon as that result is in.
  public static func run<Result: Sendable>(
    count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ work: @escaping @Sendable (Int) -> Result, deliver: (Int, Result) -> Void
  ) {
    let queue = Queue<Result>(count: count)
    let group = DispatchGroup()
    for _ in 0..<max(1, min(workers, count)) {
      DispatchQueue.global().async(group: group) {
        while let index = queue.take() { queue.finish(index, work(index)) }
      }
    }
    for index in 0..<count { deliver(index, queue.wait(for: index)) }
    group.wait()
  }

  /// The next index to work on, and the results not delivered yet.
  private final class Queue<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private var nextToTake = 0
    private var done: [Int: Result] = [:]

    init(count: Int) { self.count = count }

    func take() -> Int? {
      condition.lock()
      defer { condition.unlock() }
      guard nextToTake < count else { return nil }
      nextToTake += 1
      return nextToTake - 1
    }

    func finish(_ index: Int, _ result: Result) {
      condition.lock()
      done[index] = result
      condition.broadcast()
      condition.unlock()
    }

    func wait(for index: Int) -> Result {
      condition.lock()
      defer { condition.unlock() }
      while true {
        if let result = done.removeValue(forKey: index) { return result }
        condition.wait()
      }
    }
  }
}
