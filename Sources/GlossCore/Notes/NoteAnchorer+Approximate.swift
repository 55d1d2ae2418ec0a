extension NoteAnchorer {
  /// The least share of the quote an approximate match must keep (1 minus its edit distance over
  /// the quote's length): below it, the passage counts as gone.
  public static let minimumQuoteSimilarity = 0.75
  /// How many rarest words of a quote anchor the search.
  static let anchorWordLimit = 16
  /// How many candidate windows are compared with the quote, at most.
  static let windowLimit = 8

  /// The best approximate match of `exact` and its score: 0.7 × the quote's similarity, plus
  /// 0.1 × each of the prefix's and suffix's, plus 0.1 × closeness to `old` (1 there, 0 a whole
  /// text away; ½ when there is no old position). Nil when no window keeps
  /// ``minimumQuoteSimilarity`` of the quote.
  ///
  /// The work is bounded: at most ``windowLimit`` windows of about twice the quote's length,
  /// each compared in O(quote × window) (``EditDistance/bestMatch(of:in:window:)``).
  func approximateMatch(of exact: [Unicode.Scalar], context: NoteContext, near old: Int?)
    -> (span: Span, score: Double)?
  {
    var best: (span: Span, score: Double)?
    for window in candidateWindows(for: exact, near: old) {
      guard let match = EditDistance.bestMatch(of: exact, in: text, window: window) else { continue }
      let quote = 1 - Double(match.distance) / Double(exact.count)
      guard quote >= Self.minimumQuoteSimilarity else { continue }
      let around = context.similarity(around: match.span, in: text)
      let closeness =
        old.map { 1 - min(1, Double(abs(match.span.start - $0)) / Double(max(1, text.count))) } ?? 0.5
      let score = 0.7 * quote + 0.1 * around.prefix + 0.1 * around.suffix + 0.1 * closeness
      if best.map({ score > $0.score }) ?? true { best = (match.span, score) }
    }
    return best
  }

  /// The stretches of text worth comparing with `exact`: where its rarest words occur in the
  /// text, the places they agree on for where the quote would start are grouped, and the groups
  /// most of its words agree on win (the nearest to `old` among equals). The stretch at the old
  /// position is always among them.
  func candidateWindows(for exact: [Unicode.Scalar], near old: Int?) -> [Range<Int>] {
    let slack = exact.count / 4 + 16
    var firstOffset: [String: Int] = [:]
    for (word, start) in WordIndex.words(in: exact) where firstOffset[word] == nil {
      firstOffset[word] = start
    }
    let anchors = firstOffset.compactMap { word, offset in
      words.offsets[word].map { (offset: offset, starts: $0) }
    }
    .sorted { ($0.starts.count, $0.offset) < ($1.starts.count, $1.offset) }
    .prefix(Self.anchorWordLimit)
    var implied: [(start: Int, word: Int)] = []
    for (index, anchor) in anchors.enumerated() {
      implied += anchor.starts.map { ($0 - anchor.offset, index) }
    }
    implied.sort { $0.start < $1.start }
    // Groups of implied starts no wider than half the quote plus the slack.
    var groups: [(low: Int, high: Int, words: Set<Int>)] = []
    for (start, word) in implied {
      if let last = groups.last, start - last.low <= exact.count / 2 + slack {
        groups[groups.count - 1].high = start
        groups[groups.count - 1].words.insert(word)
      } else {
        groups.append((start, start, [word]))
      }
    }
    let distance = { (start: Int) in old.map { abs(start - $0) } ?? 0 }
    let chosen = groups.sorted {
      ($0.words.count, -distance($0.low)) > ($1.words.count, -distance($1.low))
    }
    .prefix(Self.windowLimit)
    var windows = chosen.map { window(from: $0.low - slack, to: $0.high + exact.count + slack) }
    if let old { windows.append(window(from: old - slack, to: old + exact.count + slack)) }
    return windows.filter { !$0.isEmpty }
  }

  /// `low..<high` clamped to the text.
  private func window(from low: Int, to high: Int) -> Range<Int> {
    let start = min(max(0, low), text.count)
    return start..<max(start, min(text.count, high))
  }
}
