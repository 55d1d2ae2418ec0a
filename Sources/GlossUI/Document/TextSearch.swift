import GlossCore

/// Case-insensitive search over an article's scalars, returning spans in text order. The text is
/// folded as it is compared rather than kept folded: a copy would take 4 bytes per character.
enum TextSearch {
  /// `scalar` lower-cased when that keeps it one scalar (so offsets stay aligned).
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.isASCII {
      return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first! : scalar
  }

  /// How much text a search reads while its query is typed, in scalars: a 100 MB article would
  /// take a third of a second a key; the whole text is searched on Enter.
  static let typingWindow = 1_000_000

  /// Every non-overlapping occurrence of `query` in `document`'s body paragraphs; with `window`,
  /// only in the paragraphs from the one holding `offset` on, as far as they hold `window`
  /// scalars.
  static func matches(of query: String, in document: ReaderDocument, from offset: Int = 0, window: Int? = nil)
    -> [Span]
  {
    let needle = query.unicodeScalars.map(fold)
    guard !needle.isEmpty else { return [] }
    let paragraphs = document.article.paragraphs
    let scalars = document.article.scalars
    let first = needle[0]
    let firstParagraph = window == nil ? 0 : document.bodyParagraphs.partitionIndex { paragraphs[$0].span.end <= offset }
    var budget = window ?? Int.max
    var result: [Span] = []
    for index in document.bodyParagraphs[firstParagraph...] {
      let span = paragraphs[index].span
      budget -= span.length
      if budget < 0 { break }
      var start = span.start
      while start + needle.count <= span.end {
        if fold(scalars[start]) == first, scalars[start..<start + needle.count].lazy.map(fold).elementsEqual(needle) {
          result.append(Span(start, start + needle.count))
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    return result
  }
}
