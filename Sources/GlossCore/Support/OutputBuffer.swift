/// Output made as UTF-8 bytes in a buffer: handed on in pieces of about ``pieceSize`` bytes as it
/// fills (`gloss annotate` writes each to standard output, so a long export is never held whole),
/// or kept whole when no one takes the pieces (``text``). The exporters and ``JSONWriter`` write
/// into it; callers say where a piece may end (``endPiece()``), so each piece is whole lines or
/// whole elements.
public struct OutputBuffer {
  /// The size a buffer reaches before ``endPiece()`` hands it on.
  public static let pieceSize = 1 << 16
  /// Runs of items a worker writes ahead of the run handed on (``write(items:workers:_:)``):
  /// the runs of a long list's heaviest items (the entities of a 100 MB article, with thousands
  /// of mentions each) take megabytes each.
  static let runsAhead = 2

  /// The bytes not handed on yet.
  var bytes: [UInt8] = []
  private let take: (([UInt8]) -> Void)?

  /// A buffer that hands each piece to `take`.
  public init(to take: @escaping ([UInt8]) -> Void) {
    self.take = take
    bytes.reserveCapacity(Self.pieceSize + Self.pieceSize / 4)
  }

  /// A buffer that keeps everything written to it.
  public init() {
    take = nil
  }

  /// Everything written, for a buffer that keeps it.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  public mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  public mutating func write(bytes other: [UInt8]) {
    bytes.append(contentsOf: other)
  }

  /// Writes `count` items in order, each a piece (`item(index, &bytes)` writes item `index`);
  /// with more than one of `workers`, runs of items are written side by side (``OrderedWork``,
  /// ``ElementRuns``) and handed on in order, each run a piece, at most ``runsAhead`` a worker
  /// written ahead of the one handed on.
  public mutating func write(items count: Int, workers: Int, _ item: @escaping @Sendable (Int, inout [UInt8]) -> Void) {
    let runs = ElementRuns(elements: count, workers: workers)
    guard runs.count > 1 else {
      for index in 0..<count {
        item(index, &bytes)
        endPiece()
      }
      return
    }
    OrderedWork.run(count: runs.count, workers: workers, ahead: Self.runsAhead) { run in
      var written: [UInt8] = []
      for index in runs[run] { item(index, &written) }
      return written
    } deliver: { _, written in
      bytes.append(contentsOf: written)
      endPiece()
    }
  }

  /// Hands on the bytes written so far once they reach ``pieceSize``.
  public mutating func endPiece() {
    if bytes.count >= Self.pieceSize { flush() }
  }

  /// Hands on whatever is left; call once everything is written.
  public mutating func flush() {
    guard let take, !bytes.isEmpty else { return }
    take(bytes)
    bytes.removeAll(keepingCapacity: true)
  }
}
