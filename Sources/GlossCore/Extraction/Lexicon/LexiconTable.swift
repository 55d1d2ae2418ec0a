import Foundation

/// One lexicon data file of `Lexicon/Data` (made by `scripts/lexicons/generate.py` from public
/// lists): entries one a line, sorted by the UTF-8 bytes of their key, each key alone or followed
/// by a tab and a value. It is read on first use and looked up by binary search, so nothing is
/// parsed into strings: a hundred thousand entries cost one read and one scan for line starts.
struct LexiconTable: Sendable {
  private let bytes: [UInt8]
  /// Where each line starts in `bytes`, and one past the last line's end.
  private let lineStarts: [Int32]

  /// The table in the data file `name`; an empty table (with a one-line warning on standard
  /// error) when the file cannot be read, so a damaged installation annotates with the
  /// hand-kept lexicons alone instead of failing.
  init(resource name: String) {
    if let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data"),
      let data = try? Data(contentsOf: url, options: .alwaysMapped)
    {
      self.init(bytes: [UInt8](data))
    } else {
      FileHandle.standardError.write(Data("gloss: lexicon \(name) is missing; names are typed with less evidence\n".utf8))
      self.init(bytes: [])
    }
  }

  /// A table over `bytes`, laid out as a data file is.
  init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts: [Int32] = [0]
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(Int32(index + 1)) }
    if bytes.last != UInt8(ascii: "\n"), !bytes.isEmpty { starts.append(Int32(bytes.count + 1)) }
    lineStarts = bytes.isEmpty ? [0] : starts
  }

  /// The number of entries.
  var count: Int { lineStarts.count - 1 }

  /// True when `key` is an entry.
  func contains(_ key: String) -> Bool { line(of: key) != nil }

  /// The value after the tab of the entry `key` ("" when it has none), nil when it is no entry.
  func value(_ key: String) -> Substring? {
    guard let line = line(of: key) else { return nil }
    let (start, end) = bounds(line)
    var tab = start
    while tab < end, bytes[tab] != UInt8(ascii: "\t") { tab += 1 }
    return tab < end ? Substring(decoding: bytes[(tab + 1)..<end], as: UTF8.self) : ""
  }

  private func bounds(_ line: Int) -> (Int, Int) { (Int(lineStarts[line]), Int(lineStarts[line + 1]) - 1) }

  /// The line whose key is `key`, by binary search.
  private func line(of key: String) -> Int? {
    var key = key
    return key.withUTF8 { key in
      var low = 0
      var high = count
      while low < high {
        let middle = (low + high) / 2
        let order = compare(key, line: middle)
        if order == 0 { return middle }
        if order < 0 { high = middle } else { low = middle + 1 }
      }
      return nil
    }
  }

  /// The order of `key` against the key of `line`: negative before, 0 equal, positive after.
  private func compare(_ key: UnsafeBufferPointer<UInt8>, line: Int) -> Int {
    let (start, end) = bounds(line)
    var index = start
    for byte in key {
      guard index < end, bytes[index] != UInt8(ascii: "\t") else { return 1 }
      if byte != bytes[index] { return Int(byte) - Int(bytes[index]) }
      index += 1
    }
    return index < end && bytes[index] != UInt8(ascii: "\t") ? -1 : 0
  }
}
