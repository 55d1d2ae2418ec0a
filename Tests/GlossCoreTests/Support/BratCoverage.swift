import GlossCore

/// Checks brat output against its article: each `T` line's covered text must be the text of its
/// offsets, fragments joined by a space, control characters as spaces.
enum BratCoverage {
  /// The `T` lines of `output` whose covered text does not match `article`, or that are malformed.
  static func mismatches(_ output: String, in article: Article) -> [Substring] {
    output.split(separator: "\n").filter { $0.hasPrefix("T") }.filter { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3 else { return true }
      let typeAndOffsets = fields[1].split(separator: " ", maxSplits: 1)
      guard typeAndOffsets.count == 2 else { return true }
      var covered: [String] = []
      for piece in typeAndOffsets[1].split(separator: ";") {
        let bounds = piece.split(separator: " ").compactMap { Int($0) }
        guard bounds.count == 2, 0 <= bounds[0], bounds[0] <= bounds[1],
          bounds[1] <= article.length
        else { return true }
        covered.append(VisibleText.spaced(article.string(Span(bounds[0], bounds[1]))))
      }
      return fields[2] != covered.joined(separator: " ")
    }
  }
}
