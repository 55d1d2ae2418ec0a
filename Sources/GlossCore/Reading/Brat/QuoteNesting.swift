/// Numbers quotes in text order and nests them by their spans.
enum QuoteNesting {
  /// `quotes` in text order, numbered `q1`, `q2`, …, each inside another pointing at the
  /// innermost one containing it as its parent (the first in text order of equally short ones).
  ///
  /// One sweep in text order: a quote's containers start no later than it does, so only the
  /// earlier quotes still open at its start, and the longer ones starting with it, are looked
  /// at; on real articles, where few quotes are open at once, that is close to linear time.
  static func numbered(_ quotes: [Quote]) -> [Quote] {
    var sorted = quotes.sorted { $0.span < $1.span }
    for index in sorted.indices { sorted[index].id = "q\(index + 1)" }
    let spans = sorted.map(\.span)
    // Earlier quotes, in text order, that end at or after the current quote's start.
    var open: [Int] = []
    for index in spans.indices {
      let span = spans[index]
      open.removeAll { spans[$0].end < span.start }
      var sameStart = index + 1
      while sameStart < spans.count, spans[sameStart].start == span.start { sameStart += 1 }
      var parent: Int?
      // The shortest container, the first in text order of equally short ones.
      func consider(_ candidate: Int) {
        guard spans[candidate] != span, spans[candidate].contains(span),
          parent.map({ spans[candidate].length < spans[$0].length }) ?? true
        else { return }
        parent = candidate
      }
      for candidate in open { consider(candidate) }
      for candidate in index + 1..<sameStart { consider(candidate) }
      sorted[index].parent = parent.map { sorted[$0].id }
      open.append(index)
    }
    return sorted
  }
}
