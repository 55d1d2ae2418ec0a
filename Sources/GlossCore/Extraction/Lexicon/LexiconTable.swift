import Foundation

/// One lexicon data file of `Lexicon/Data` (made by `scripts/lexicons/generate.py` from public
/// lists): entries one a line, sorted by the UTF-8 bytes of their key, each key alone or followed
/// by a tab and a value. The file is mapped on first use and searched in place, by a binary
/// search over its bytes that finds line starts as it goes: nothing is parsed or indexed, so a
/// hundred thousand entries cost no more to open than one.
struct LexiconTable: Sendable {
  private let data: Data

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
  init(data: Data) { self.data = data }

  /// True when `key` is an entry.
  func contains(_ key: String) -> Bool { value(key) != nil }

  /// The value after the tab of the entry `key` ("" when it has none), nil when it is no entry.
  func value(_ key: String) -> Substring? {
    var key = key
    return key.withUTF8 { key in
      data.withUnsafeBytes { raw in
        let bytes = raw.bindMemory(to: UInt8.self)
        guard let start = Self.line(of: key, in: bytes) else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        let tab = start + key.count
        return tab < end ? Substring(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<end]), as: UTF8.self) : ""
      }
    }
  }

  /// Where the line whose key is `key` starts: a binary search over byte offsets, each probe
  /// moved back to the start of its line. `low` is always a line start.
  private static func line(of key: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var low = 0
    var high = bytes.count
    while low < high {
      var middle = (low + high) / 2
      while middle > low, bytes[middle - 1] != UInt8(ascii: "\n") { middle -= 1 }
      let order = compare(key, lineAt: middle, in: bytes)
      if order == 0 { return middle }
      if order < 0 {
        high = middle
      } else {
        // Past this line.
        while middle < high, bytes[middle] != UInt8(ascii: "\n") { middle += 1 }
        low = middle + 1
      }
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
