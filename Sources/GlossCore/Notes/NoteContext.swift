/// A note's prefix and suffix as scalars, compared with the text around a candidate passage.
struct NoteContext: Sendable {
  let prefix: [Unicode.Scalar]
  let suffix: [Unicode.Scalar]

  init(_ quote: TextQuoteSelector) {
    prefix = Array(quote.prefix.unicodeScalars)
    suffix = Array(quote.suffix.unicodeScalars)
  }

  /// How many scalars of the prefix (read backwards from the passage) and of the suffix (read
  /// forwards) the text around `span` repeats exactly.
  func matchingLength(around span: Span, in text: ScalarText) -> Int {
    var before = 0
    while before < prefix.count, span.start - before > 0,
      text[span.start - before - 1] == prefix[prefix.count - before - 1]
    {
      before += 1
    }
    var after = 0
    while after < suffix.count, span.end + after < text.count, text[span.end + after] == suffix[after] {
      after += 1
    }
    return before + after
  }

  /// How alike the prefix and the text before `span` are, and the suffix and the text after it
  /// (``EditDistance/similarity(_:_:)``); an empty prefix or suffix contradicts nothing.
  func similarity(around span: Span, in text: ScalarText) -> (prefix: Double, suffix: Double) {
    let before = Array(text[max(0, span.start - prefix.count)..<span.start])
    let after = Array(text[span.end..<min(text.count, span.end + suffix.count)])
    return (
      prefix.isEmpty ? 1 : EditDistance.similarity(prefix, before),
      suffix.isEmpty ? 1 : EditDistance.similarity(suffix, after)
    )
  }
}
