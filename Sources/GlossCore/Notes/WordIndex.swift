/// Where each word of a text is: the anchors the approximate search starts from. Words are runs
/// of letters, digits and marks, compared in lower case.
struct WordIndex: Sendable {
  /// Each word's start offsets, in text order.
  let offsets: [String: [Int]]

  init(_ text: ScalarText) {
    var offsets: [String: [Int]] = [:]
    for (word, start) in Self.words(in: text) { offsets[word, default: []].append(start) }
    self.offsets = offsets
  }

  /// The words of `scalars` (an article's text or a note's quote) with their start offsets.
  static func words<Text: RandomAccessCollection>(in scalars: Text) -> [(word: String, start: Int)]
  where Text.Element == Unicode.Scalar, Text.Index == Int {
    var result: [(String, Int)] = []
    var index = 0
    while index < scalars.count {
      guard ScalarClass.isWordScalar(scalars[index]) else {
        index += 1
        continue
      }
      let start = index
      while index < scalars.count, ScalarClass.isWordScalar(scalars[index]) { index += 1 }
      result.append((scalars.string(start..<index).lowercased(), start))
    }
    return result
  }
}
