import Foundation
import Testing

@testable import GlossCore

/// Work spread over threads, results handed on in order. The time limits catch a deadlock;
/// they count from when the test is started, and on a machine of two cores a test may wait
/// there behind the long end-to-end tests before it runs, so they are wide.
@Suite("Ordered work")
struct OrderedWorkTests {
  /// The first item finishes last (it waits for the last one), yet it is delivered first, and
  /// every result goes with its own index.
  @Test(.timeLimit(.minutes(10))) func resultsComeInTheItemsOrderHoweverTheWorkersFinish() {
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

  /// A map side by side gives each index's result in index order, however many workers.
  @Test(.timeLimit(.minutes(10))) func aMapSideBySideKeepsTheOrder() {
    for count in [0, 1, 7, 10_000] {
      for workers in [1, 2, 3] {
        #expect(OrderedWork.map(count: count, workers: workers) { $0 * 3 } == (0..<count).map { $0 * 3 })
      }
    }
  }

  @Test func runsCoverTheListInOrder() {
    for (elements, workers) in [(1, 2), (7, 2), (253, 2), (5_003, 3), (100_000, 2), (10, 1)] {
      let runs = ElementRuns(elements: elements, workers: workers)
      #expect(Array(runs.joined()) == Array(0..<elements))
      #expect(runs.allSatisfy { $0.count <= ElementRuns.longest || workers == 1 })
    }
    #expect(ElementRuns(elements: 253, workers: 2).count >= 8)
    #expect(ElementRuns(elements: 5_000, workers: 1).count == 1)
  }

  /// A long text's paragraphs are split into sentences side by side, as one after another
  /// (its first 3,000 paragraphs, to keep the test short).
  @Test func aLongTextsParagraphsAreSplitAsOneAfterAnother() {
    let paragraph = "Mr. Moon said it was \u{201C}final.\u{201D} The U.S. disagreed. Talks go on.\n\n"
    let scalars = ScalarText(String(repeating: paragraph, count: AnnotationRun.section / paragraph.unicodeScalars.count + 2))
    #expect(scalars.count > AnnotationRun.section)
    let length = paragraph.unicodeScalars.count
    let spans = (0..<3_000).map { Span($0 * length, ($0 + 1) * length - 2) }
    let split = Paragraph.split(spans, in: scalars)
    #expect(split == spans.map { Paragraph(span: $0, in: scalars) })
    #expect(split[7].sentences.count == 3)
  }

  @Test func noItemsDeliverNothing() {
    var delivered = 0
    OrderedWork.run(count: 0) { $0 } deliver: { _, _ in delivered += 1 }
    #expect(delivered == 0)
  }

  /// Items from a source of unknown length (as lines read from standard input) are numbered in
  /// the order it gives them, and the workers never run further ahead of the delivery than the
  /// window allows, however long the source.
  @Test(.timeLimit(.minutes(10))) func aSourceIsReadOnlyAsFarAheadAsTheWindow() {
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
