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
}
