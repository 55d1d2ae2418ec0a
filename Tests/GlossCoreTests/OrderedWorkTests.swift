import Foundation
import Testing

@testable import GlossCore

/// Work spread over threads, results handed on in order.
@Suite("Ordered work")
struct OrderedWorkTests {
  /// The first item finishes last (it waits for the last one), yet it is delivered first, and
  /// every result goes with its own index.
  @Test(.timeLimit(.minutes(1))) func resultsComeInTheItemsOrderHoweverTheWorkersFinish() {
    let lastDone = DispatchSemaphore(value: 0)
    var delivered: [Int] = []
    OrderedWork.run(count: 6, workers: 2) { index in
      if index == 0 { lastDone.wait() }
      if index == 5 { lastDone.signal() }
      return index * 10
    } deliver: { index, result in
      #expect(result == index * 10)
      delivered.append(index)
    }
    #expect(delivered == Array(0..<6))
  }

  @Test func noItemsDeliverNothing() {
    var delivered = 0
    OrderedWork.run(count: 0) { $0 } deliver: { _, _ in delivered += 1 }
    #expect(delivered == 0)
  }

  /// Items from a source of unknown length (as lines read from standard input) are numbered in
  /// the order it gives them, and the workers never run further ahead of the delivery than the
  /// window allows, however long the source.
  @Test(.timeLimit(.minutes(1))) func aSourceIsReadOnlyAsFarAheadAsTheWindow() {
    let source = CountingSource(limit: 200)
    var delivered: [String] = []
    OrderedWork.run(items: source, workers: 2) { $0 + "!" } deliver: { number, result in
      #expect(result == "\(number)!")
      #expect(source.given - number <= 2 * OrderedWork.aheadPerWorker)
      delivered.append(result)
    }
    #expect(delivered.count == 200)
  }
}

/// Gives "0", "1", … up to `limit` items, counting how many it gave.
private final class CountingSource: IteratorProtocol, @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  let limit: Int

  init(limit: Int) { self.limit = limit }

  var given: Int { lock.withLock { count } }

  func next() -> String? {
    lock.withLock {
      guard count < limit else { return nil }
      count += 1
      return String(count - 1)
    }
  }
}
