/// What the entity grouper reads off the words of a name, the runs between its spaces as
/// `split(separator: " ")` cuts them. A name in ASCII, most of them, is read byte by byte (each
/// byte is a character there); any other by characters, which costs grapheme breaking and
/// Unicode tables. Both give the same answers.
enum NameWords {
  /// The words of `name`.
  static func words(_ name: String) -> [Substring] {
    ascii(name) { bytes in
      var words: [Substring] = []
      eachWord(bytes) { range in words.append(name[index(range.lowerBound, name)..<index(range.upperBound, name)]) }
      return words
    } ?? name.split(separator: " ")
  }

  /// The first word of `name` (empty when it has none) and the number of its words.
  static func firstWord(_ name: String) -> (first: String, count: Int) {
    ascii(name) { bytes in
      var first: Range<Int>?
      var count = 0
      eachWord(bytes) { range in
        if first == nil { first = range }
        count += 1
      }
      return (first.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) } ?? "", count)
    } ?? {
      let words = name.split(separator: " ")
      return (words.first.map(String.init) ?? "", words.count)
    }()
  }

  /// The number of words of `name`.
  static func count(_ name: String) -> Int {
    ascii(name) { bytes in
      var count = 0
      eachWord(bytes) { _ in count += 1 }
      return count
    } ?? name.split(separator: " ").count
  }

  /// The first letters of the words of `name` that start with a capital, when there are two
  /// or more ("Terminal High Altitude Area Defense" → "THAAD"); empty otherwise.
  static func initials(_ name: String) -> String {
    ascii(name) { bytes in
      var count = 0
      eachWord(bytes) { range in if isUpper(bytes[range.lowerBound]) { count += 1 } }
      guard count >= 2 else { return "" }
      return String(unsafeUninitializedCapacity: count) { buffer in
        var written = 0
        eachWord(bytes) { range in
          if isUpper(bytes[range.lowerBound]) {
            buffer[written] = bytes[range.lowerBound]
            written += 1
          }
        }
        return written
      }
    } ?? {
      let words = name.split(separator: " ").filter { $0.first?.isUppercase ?? false }
      guard words.count >= 2 else { return "" }
      return String(words.compactMap(\.first))
    }()
  }

  /// True for a word that ends a name as a suffix ("Jr.", "Sr"), not as a surname.
  static func isSuffix(_ word: Substring) -> Bool {
    Titles.nameAbbreviations.contains(word.lowercased().trimmingCharacters(in: ["."]))
  }

  /// A person's name without the initials between its first and last words, its words joined
  /// by single spaces: "Ana M. Ruiz" and "Ana Ruiz" are one person.
  static func withoutMiddleInitials(_ name: String) -> String {
    ascii(name) { bytes in
      let total = count(name)
      guard total >= 3 else { return name }
      var kept: [Range<Int>] = []
      var number = 0
      eachWord(bytes) { range in
        let isInitial = range.count <= 2 && isUpper(bytes[range.lowerBound])
          && (range.count == 1 || bytes[range.upperBound - 1] == UInt8(ascii: "."))
        if number == 0 || number == total - 1 || !isInitial { kept.append(range) }
        number += 1
      }
      let length = kept.reduce(kept.count - 1) { $0 + $1.count }
      if kept.count == total, length == bytes.count { return name }
      return String(unsafeUninitializedCapacity: length) { buffer in
        var written = 0
        for range in kept {
          if written > 0 {
            buffer[written] = UInt8(ascii: " ")
            written += 1
          }
          for byte in bytes[range] {
            buffer[written] = byte
            written += 1
          }
        }
        return written
      }
    } ?? {
      let words = name.split(separator: " ")
      guard words.count >= 3 else { return name }
      let kept = words.indices.filter { index in
        let word = words[index]
        let isInitial = word.count <= 2 && word.first?.isUppercase == true && (word.count == 1 || word.last == ".")
        return index == 0 || index == words.count - 1 || !isInitial
      }
      return kept.map { String(words[$0]) }.joined(separator: " ")
    }()
  }

  /// `body` on the bytes of `name` when all are ASCII; nil otherwise.
  private static func ascii<Result>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
    name.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } ? body(bytes) : nil } ?? nil
  }

  /// `body` on the byte range of each word of `bytes`, in order.
  private static func eachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
    var start = -1
    for offset in bytes.indices {
      if bytes[offset] == UInt8(ascii: " ") {
        if start >= 0 { body(start..<offset) }
        start = -1
      } else if start < 0 {
        start = offset
      }
    }
    if start >= 0 { body(start..<bytes.count) }
  }

  private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

  private static func index(_ offset: Int, _ name: String) -> String.Index {
    name.utf8.index(name.utf8.startIndex, offsetBy: offset)
  }
}
