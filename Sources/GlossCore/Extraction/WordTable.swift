/// Numbers distinct words in the order they are first met, with an open-addressing table on an
/// FNV-1a hash of their UTF-8 bytes: `Dictionary<String, Int>` hashes each look-up with
/// SipHash, which costs more than the rest of classifying a token.
struct WordTable {
  private var keys: [String?] = Array(repeating: nil, count: 1024)
  private var hashes: [UInt64] = Array(repeating: 0, count: 1024)
  private var values: [Int32] = Array(repeating: -1, count: 1024)
  private var count = 0

  /// The number of `word`; a word not seen before gets `next()`.
  mutating func index(of word: String, next: () -> Int) -> Int {
    if count * 2 >= keys.count { grow() }
    let hash = Self.hash(word)
    var slot = Int(truncatingIfNeeded: hash) & (keys.count - 1)
    while let key = keys[slot] {
      if hashes[slot] == hash, key == word { return Int(values[slot]) }
      slot = (slot + 1) & (keys.count - 1)
    }
    let value = next()
    keys[slot] = word
    hashes[slot] = hash
    values[slot] = Int32(value)
    count += 1
    return value
  }

  private mutating func grow() {
    let old = (keys, hashes, values)
    keys = Array(repeating: nil, count: old.0.count * 2)
    hashes = Array(repeating: 0, count: keys.count)
    values = Array(repeating: -1, count: keys.count)
    for (index, key) in old.0.enumerated() where key != nil {
      var slot = Int(truncatingIfNeeded: old.1[index]) & (keys.count - 1)
      while keys[slot] != nil { slot = (slot + 1) & (keys.count - 1) }
      keys[slot] = key
      hashes[slot] = old.1[index]
      values[slot] = old.2[index]
    }
  }

  private static func hash(_ word: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash ^ (hash >> 29)
  }
}
