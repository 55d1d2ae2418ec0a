/// A list's elements cut into runs of consecutive positions to work on side by side
/// (``OutputBuffer/write(items:workers:_:)``, ``OrderedWork/map(count:workers:_:)``): a few runs
/// a worker, so that a run of heavy elements (an entity with thousands of mentions) leaves no
/// worker idle for long, and at most ``longest`` elements a run, so that the runs done ahead of
/// the one handed on stay small. One run when there is one worker.
struct ElementRuns: RandomAccessCollection {
  /// The most elements in a run.
  static let longest = 1024
  /// Runs a worker, at least, for a list long enough: the 253 entities of the 100 MB corpus
  /// make a run of one or two each on two workers, a few megabytes.
  static let perWorker = 64

  /// The elements in each run but the last, which may have fewer.
  let length: Int
  let elements: Int

  init(elements: Int, workers: Int) {
    self.elements = elements
    length = workers > 1 ? Swift.max(1, Swift.min(Self.longest, elements / (workers * Self.perWorker))) : Swift.max(elements, 1)
  }

  var startIndex: Int { 0 }
  var endIndex: Int { (elements + length - 1) / length }

  subscript(run: Int) -> Range<Int> { run * length..<Swift.min((run + 1) * length, elements) }
}
