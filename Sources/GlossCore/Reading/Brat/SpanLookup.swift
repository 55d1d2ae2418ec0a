/// Spans with an id each, sorted once, answering which of them overlaps a span in logarithmic
/// time (plus the nested spans it steps over).
struct SpanLookup {
  private let sorted: [(span: Span, id: String)]
  /// The largest end among `sorted[0...i]`, so spans that contain later ones are not missed.
  private let reach: [Int]

  init(_ spans: [(Span, String)]) {
    sorted = spans.sorted { $0.0 < $1.0 }.map { (span: $0.0, id: $0.1) }
    var reach: [Int] = []
    for entry in sorted { reach.append(max(reach.last ?? 0, entry.span.end)) }
    self.reach = reach
  }

  /// The id of the last span (in text order) that overlaps `span`, if any.
  func overlapping(_ span: Span) -> String? {
    var index = sorted.partitionIndex { $0.span.start < span.end } - 1
    while index >= 0, reach[index] > span.start {
      if sorted[index].span.overlaps(span) { return sorted[index].id }
      index -= 1
    }
    return nil
  }
}
