import Foundation

/// Work on many items spread over every core, with the results handed on in the items' order:
/// `gloss annotate` of a library or of `--from` prints its articles in the input's order however
/// the workers finish, and the library view fills in from the top.
public enum OrderedWork {
  /// How many items the workers may run ahead of the one to deliver next, per worker: enough to
  /// keep every worker busy behind a slow item, few enough that the results waiting stay small.
  public static let aheadPerWorker = 8

  /// The workers for the work on one article of `length` scalars: every core for one longer
  /// than `threshold` (by default a section, ``AnnotationRun/section``: such an article is
  /// annotated in sections side by side), else one.
  static func workers(forArticleOf length: Int, above threshold: Int = AnnotationRun.section) -> Int {
    length > threshold ? ProcessInfo.processInfo.activeProcessorCount : 1
  }

  /// `transform` of each index in `0..<count`, in order; with more than one of `workers`, runs of
  /// indices (``ElementRuns``) are transformed side by side.
  static func map<Element: Sendable>(count: Int, workers: Int, _ transform: @escaping @Sendable (Int) -> Element) -> [Element] {
    joinedRuns(count: count, workers: workers) { $0.map(transform) }
  }

  /// `transform` of each run of indices in `0..<count` (``ElementRuns``), joined in order: one
  /// run of them all with one of `workers`, else runs side by side.
  static func joinedRuns<Element: Sendable>(
    count: Int, workers: Int, _ transform: @escaping @Sendable (Range<Int>) -> [Element]
  ) -> [Element] {
    let runs = ElementRuns(elements: count, workers: workers)
    guard runs.count > 1 else { return transform(0..<count) }
    var elements: [Element] = []
    elements.reserveCapacity(count)
    run(count: runs.count, workers: workers) { transform(runs[$0]) } deliver: { elements += $1 }
    return elements
  }

  /// Runs `work` for each index in `0..<count` on `workers` threads (the machine's cores by
  /// default), and calls `deliver` on the calling thread once for each index, in index order,
  /// as soon as that result is in; at most `ahead` results a worker wait to be delivered.
  public static func run<Result: Sendable>(
    count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount, ahead: Int = aheadPerWorker,
    _ work: @escaping @Sendable (Int) -> Result, deliver: (Int, Result) -> Void
  ) {
    run(items: (0..<count).makeIterator(), workers: min(workers, count), ahead: ahead, work, deliver: deliver)
  }

  /// Runs `work` for each item `items` gives, on `workers` threads, and calls `deliver` on the
  /// calling thread with each item's number (from 0, in the order `items` gave them) and result,
  /// in that order, as soon as the result is in. `items` is read by one worker at a time, only as
  /// far ahead of the next result to deliver as `ahead` a worker allows, so a source that reads
  /// standard input reads it as the work goes, and stopping it (returning nil) ends the run once
  /// the items taken are delivered.
  public static func run<Items: IteratorProtocol, Result: Sendable>(
    items: Items, workers: Int = ProcessInfo.processInfo.activeProcessorCount, ahead: Int = aheadPerWorker,
    _ work: @escaping @Sendable (Items.Element) -> Result, deliver: (Int, Result) -> Void
  ) where Items.Element: Sendable {
    let workers = max(1, workers)
    let queue = Queue<Items.Element, Result>(AnyIterator(items), ahead: workers * ahead)
    // Threads of their own, not Dispatch's global queue: its pool is as wide as the cores, and
    // a caller blocked on it (`gloss`'s async main waits here) takes one of them.
    let group = DispatchGroup()
    for _ in 0..<workers {
      group.enter()
      Thread.detachNewThread {
        while let (number, item) = queue.take() { queue.finish(number, work(item)) }
        group.leave()
      }
    }
    var number = 0
    while let result = queue.wait(for: number) {
      deliver(number, result)
      queue.delivered()
      number += 1
    }
    group.wait()
  }

  /// The items to take, numbered as they are taken, and the results not delivered yet.
  private final class Queue<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    /// Guards `items`, `taken` and `exhausted`: taking an item and numbering it are one step.
    private let itemsLock = NSLock()
    private var items: AnyIterator<Item>
    private var taken = 0
    private var exhausted = false
    /// Guards `done` and `total`.
    private let condition = NSCondition()
    private var done: [Int: Result] = [:]
    /// The number of items, once `items` has run out.
    private var total: Int?
    /// One permit for each item that may be taken before the next delivery.
    private let room: DispatchSemaphore

    init(_ items: AnyIterator<Item>, ahead: Int) {
      self.items = items
      room = DispatchSemaphore(value: max(ahead, 1))
    }

    /// The next item and its number, once there is room for it; nil when there are no more.
    func take() -> (Int, Item)? {
      room.wait()
      itemsLock.lock()
      defer { itemsLock.unlock() }
      guard !exhausted, let item = items.next() else {
        if !exhausted {
          exhausted = true
          condition.lock()
          total = taken
          condition.broadcast()
          condition.unlock()
        }
        room.signal()
        return nil
      }
      taken += 1
      return (taken - 1, item)
    }

    func finish(_ number: Int, _ result: Result) {
      condition.lock()
      done[number] = result
      condition.broadcast()
      condition.unlock()
    }

    /// The result of item `number` once it is in; nil when there is no such item.
    func wait(for number: Int) -> Result? {
      condition.lock()
      defer { condition.unlock() }
      while true {
        if let result = done.removeValue(forKey: number) { return result }
        if let total, number >= total { return nil }
        condition.wait()
      }
    }

    /// Makes room for one more item, now that one result was delivered.
    func delivered() { room.signal() }
  }
}
