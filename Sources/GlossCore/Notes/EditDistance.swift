/// Levenshtein edit distances between runs of Unicode scalars: one insertion, deletion or
/// substitution of a scalar costs one.
enum EditDistance {
  /// The distance between `a` and `b`, in O(|a|·|b|) time: for short strings (context).
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    guard !a.isEmpty else { return b.count }
    var previous = Array(0...a.count)
    var current = previous
    for (j, scalar) in b.enumerated() {
      current[0] = j + 1
      for i in 1...a.count {
        let substitution = previous[i - 1] + (a[i - 1] == scalar ? 0 : 1)
        current[i] = min(substitution, previous[i] + 1, current[i - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[a.count]
  }

  /// 1 minus the distance over the longer length: 1 for equal runs, 0 for nothing in common.
  static func similarity(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
    let longer = max(a.count, b.count)
    return longer == 0 ? 1 : 1 - Double(distance(a, b)) / Double(longer)
  }

  /// The part of `text[window]` closest to the whole of `pattern`, and its distance (Sellers'
  /// approximate string matching: the match may start and end anywhere in the window), in
  /// O(|pattern|·|window|) time. The first of equally close matches wins.
  static func bestMatch(
    of pattern: [Unicode.Scalar], in text: ScalarText, window: Range<Int>
  ) -> (span: Span, distance: Int)? {
    let count = pattern.count
    guard count > 0, !window.isEmpty else { return nil }
    // Column by column over the window: the distance of pattern[..<i] to the best text ending
    // here, and where that text starts.
    var distance = Array(0...count)
    var start = Array(repeating: window.lowerBound, count: count + 1)
    var nextDistance = distance
    var nextStart = start
    var best: (span: Span, distance: Int)?
    for j in window {
      nextDistance[0] = 0
      nextStart[0] = j + 1
      for i in 1...count {
        var cost = distance[i - 1] + (pattern[i - 1] == text[j] ? 0 : 1)
        var from = start[i - 1]
        if distance[i] + 1 < cost {
          cost = distance[i] + 1
          from = start[i]
        }
        if nextDistance[i - 1] + 1 < cost {
          cost = nextDistance[i - 1] + 1
          from = nextStart[i - 1]
        }
        nextDistance[i] = cost
        nextStart[i] = from
      }
      if best.map({ nextDistance[count] < $0.distance }) ?? true {
        best = (Span(nextStart[count], j + 1), nextDistance[count])
      }
      swap(&distance, &nextDistance)
      swap(&start, &nextStart)
    }
    return best
  }
}
