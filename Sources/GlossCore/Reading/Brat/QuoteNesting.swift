/// Numbers quotes in text order and nests them by their spans.
enum QuoteNesting {
  /// `quotes` in text order, numbered `q1`, `q2`, …, each inside another pointing at the
  /// innermost one containing it as its parent.
  static func numbered(_ quotes: [Quote]) -> [Quote] {
    var sorted = quotes.sorted { $0.span < $1.span }
    for index in sorted.indices { sorted[index].id = "q\(index + 1)" }
    for index in sorted.indices {
      let span = sorted[index].span
      sorted[index].parent =
        sorted.filter { $0.span != span && $0.span.contains(span) }
        .min { $0.span.length < $1.span.length }?.id
    }
    return sorted
  }
}
