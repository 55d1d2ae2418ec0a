/// A per-token table of small indexes stored as 32-bit integers: the extractors keep several
/// of these for millions of tokens, where `[Int]` would double their memory.
struct CompactIndex: Sendable {
  private var storage: [Int32]

  init() { storage = [] }

  init(repeating value: Int?, count: Int) {
    storage = [Int32](repeating: value.map(Int32.init) ?? -1, count: count)
  }

  mutating func reserveCapacity(_ count: Int) { storage.reserveCapacity(count) }

  mutating func append(_ value: Int) { storage.append(Int32(value)) }

  var count: Int { storage.count }

  /// The index stored for token `position`.
  subscript(position: Int) -> Int { Int(storage[position]) }

  /// The index stored for token `position`, nil where none is.
  subscript(optional position: Int) -> Int? {
    get { storage[position] < 0 ? nil : Int(storage[position]) }
    set { storage[position] = newValue.map(Int32.init) ?? -1 }
  }
}
