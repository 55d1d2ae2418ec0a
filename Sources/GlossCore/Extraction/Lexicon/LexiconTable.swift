import Foundation

/// One lexicon data file of `Lexicon/Data` (made by `scripts/lexicons/generate.py` from public
/// lists): entries one a line, sorted by the UTF-8 bytes of their key, each key alone or followed
/// by a tab and a value. The file is mapped on first use and searched in place: one pass over
/// its bytes notes where each line starts and where the lines of each two-byte prefix begin, and
/// a binary search over those lines finds a key. Nothing is parsed into strings.
struct LexiconTable: Sendable {
  private let data: Data
  /// The offset of each line's first byte, and one more entry past the last line: line `n` ends
  /// (with its line break) just before `lineStarts[n + 1]`.
  private let lineStarts: [Int32]
  /// For each two-byte prefix (a key of one byte has 0 as its second), the number of the first
  /// line whose key starts with it or with a later prefix; one more entry holds the line count.
  private let buckets: [Int32]

  /// The table in the data file `name`; an empty table (with a one-line warning on standard
  /// error) when the file cannot be read, so a damaged installation annotates with the
  /// hand-kept lexicons alone instead of failing.
  init(resource name: String) {
    if let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data"),
      let data = try? Data(contentsOf: url, options: .alwaysMapped)
    {
      self.init(data: data)
    } else {
      FileHandle.standardError.write(Data("gloss: lexicon \(name) is missing; names are typed with less evidence\n".utf8))
      self.init(data: Data())
    }
  }

  /// A table over `data`, laid out as a data file is.
  init(data: Data) {
    self.data = data
    var buckets = [Int32](repeating: -1, count: 65_537)
    var lineStarts: [Int32] = []
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard let base = bytes.baseAddress else { return }
      var start = 0
      while start < bytes.count {
        let bucket = Self.bucket(bytes, start, bytes.count)
        if buckets[bucket] < 0 { buckets[bucket] = Int32(lineStarts.count) }
        lineStarts.append(Int32(start))
        // The next line: memchr finds its break many bytes at a time.
        guard let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { break }
        start = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
      }
    }
    // Past the last line: one byte further when the file ends without a line break.
    lineStarts.append(Int32(data.last.map { $0 == UInt8(ascii: "\n") ? data.count : data.count + 1 } ?? 0))
    buckets[65_536] = Int32(lineStarts.count - 1)
    for index in stride(from: 65_535, through: 0, by: -1) where buckets[index] < 0 { buckets[index] = buckets[index + 1] }
    self.lineStarts = lineStarts
    self.buckets = buckets
  }

  /// The bucket of the key starting at `start` (of `bytes` up to `end`).
  private static func bucket(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    let first = Int(bytes[start])
    let next = start + 1 < end ? bytes[start + 1] : 0
    let second = next == UInt8(ascii: "\n") || next == UInt8(ascii: "\t") ? 0 : Int(next)
    return first << 8 | second
  }

  /// True when some entry's key starts with `prefix` ("New " for "New York").
  func hasKey(startingWith prefix: String) -> Bool {
    var prefix = prefix
    return prefix.withUTF8 { prefix in
      data.withUnsafeBytes { raw in
        let bytes = raw.bindMemory(to: UInt8.self)
        guard prefix.count >= 2 else { return false }
        var low = Int(buckets[Self.bucket(prefix, 0, prefix.count)])
        var high = Int(buckets[Self.bucket(prefix, 0, prefix.count) + 1])
        // The first line whose key is not before `prefix`.
        while low < high {
          let middle = (low + high) / 2
          if Self.compare(prefix, lineAt: Int(lineStarts[middle]), in: bytes) <= 0 {
            high = middle
          } else {
            low = middle + 1
          }
        }
        let start = Int(lineStarts[low])
        guard start + prefix.count <= bytes.count else { return false }
        return (0..<prefix.count).allSatisfy { bytes[start + $0] == prefix[$0] }
      }
    }
  }

  /// True when `key` is an entry.
  func contains(_ key: String) -> Bool { value(key) != nil }

  /// The value after the tab of the entry `key` ("" when it has none), nil when it is no entry.
  func value(_ key: String) -> Substring? {
    var key = key
    return key.withUTF8 { key in
      data.withUnsafeBytes { raw in
        let bytes = raw.bindMemory(to: UInt8.self)
        guard !key.isEmpty else { return nil }
        let bucket = Self.bucket(key, 0, key.count)
        guard let line = line(of: key, in: bytes, Int(buckets[bucket]), Int(buckets[bucket + 1])) else { return nil }
        let start = Int(lineStarts[line])
        let end = Int(lineStarts[line + 1]) - 1
        let tab = start + key.count
        return tab < end ? Substring(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<end]), as: UTF8.self) : ""
      }
    }
  }

  /// The number of the line whose key is `key`, among the lines `low..<high`: a binary search.
  private func line(of key: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> Int? {
    var low = low
    var high = high
    while low < high {
      let middle = (low + high) / 2
      let order = Self.compare(key, lineAt: Int(lineStarts[middle]), in: bytes)
      if order == 0 { return middle }
      if order < 0 { high = middle } else { low = middle + 1 }
    }
    return nil
  }

  /// The order of `key` against the key of the line at `start`: negative before, 0 equal,
  /// positive after.
  private static func compare(_ key: UnsafeBufferPointer<UInt8>, lineAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = start
    for byte in key {
      guard index < bytes.count, bytes[index] != UInt8(ascii: "\t"), bytes[index] != UInt8(ascii: "\n") else { return 1 }
      if byte != bytes[index] { return Int(byte) - Int(bytes[index]) }
      index += 1
    }
    return index < bytes.count && bytes[index] != UInt8(ascii: "\t") && bytes[index] != UInt8(ascii: "\n") ? -1 : 0
  }
}
