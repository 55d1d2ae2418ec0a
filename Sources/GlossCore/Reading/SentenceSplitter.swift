/// Splits a paragraph into sentences at `.`, `!`, `?` (and `…`), keeping closing quotation
/// marks and brackets with the sentence they end, and not splitting after abbreviations and
/// initials ("U.S.", "Mr.", "J. Smith") or inside numbers ("2.5").
public enum SentenceSplitter {
  /// Abbreviations that do not end a sentence when followed by a capitalised word.
  static let abbreviations: Set<String> = Titles.abbreviations.union(Titles.nameAbbreviations).union([
    "vs", "etc", "no", "nos", "inc", "ltd", "co", "corp", "dept", "univ", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "vol", "pp", "ed",
    "eds", "al", "e.g", "i.e", "a.m", "p.m",
  ])

  /// The sentence spans inside `span` of `scalars`, trimmed of surrounding white space.
  public static func sentences(in scalars: ScalarText, span: Span) -> [Span] {
    var result: [Span] = []
    var start = span.start
    var index = span.start
    while index < span.end {
      let scalar = scalars[index]
      guard isTerminator(scalar) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < span.end, isTerminator(scalars[end]) || isCloser(scalars[end]) {
        end += 1
      }
      if end < span.end, !ScalarClass.isWhitespace(scalars[end]) {
        index = end
        continue
      }
      if scalar == ".", isAbbreviation(scalars, dotAt: index, from: start) {
        index = end
        continue
      }
      if !nextStartsSentence(scalars, from: end, limit: span.end) {
        index = end
        continue
      }
      appendTrimmed(&result, scalars, Span(start, end))
      start = end
      index = end
    }
    appendTrimmed(&result, scalars, Span(start, span.end))
    return result
  }

  static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
  }

  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "”", "’", ")", "]", "»": return true
    default: return false
    }
  }

  /// The length of the longest of `abbreviations`, in bytes.
  private static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0

  /// True when the word before the dot at `dotAt` is an abbreviation or an initial.
  static func isAbbreviation(_ scalars: ScalarText, dotAt: Int, from lowerBound: Int) -> Bool {
    var wordStart = dotAt
    while wordStart > lowerBound,
      ScalarClass.isLetter(scalars[wordStart - 1]) || scalars[wordStart - 1] == "."
    {
      wordStart -= 1
    }
    if wordStart == dotAt { return false }
    guard (wordStart..<dotAt).allSatisfy({ scalars[$0].isASCII }) else {
      return isAbbreviation(scalars.string(wordStart..<dotAt).lowercased(), startingUpper: ScalarClass.isUppercase(scalars[wordStart]))
    }
    // In ASCII, the common case, each scalar is a character and lowering keeps the length.
    // Initials and dotted acronyms: "J.", "U.S.", "a.m."; one letter alone only in capitals.
    let initials = !(wordStart + 1..<dotAt).contains { scalars[$0] != "." && scalars[$0 - 1] != "." }
    if initials, dotAt - wordStart > 1 { return true }
    if dotAt - wordStart <= longestAbbreviation, abbreviations.contains(scalars.string(wordStart..<dotAt).lowercased()) {
      return true
    }
    return initials && ScalarClass.isUppercase(scalars[wordStart])
  }

  /// True when `word`, lower case, of letters and dots, is an abbreviation or an initial; a
  /// single letter only when the article writes it as a capital (`startingUpper`).
  private static func isAbbreviation(_ word: String, startingUpper: Bool) -> Bool {
    if abbreviations.contains(word) { return true }
    // Initials and dotted acronyms: "J.", "U.S.", "a.m."
    let letters = word.split(separator: ".")
    if letters.allSatisfy({ $0.count == 1 }) {
      return word.count == 1 ? startingUpper : true
    }
    return false
  }

  /// True when the text after a terminator starts a new sentence: a capital, a digit or an
  /// opening quotation mark or bracket after white space.
  static func nextStartsSentence(_ scalars: ScalarText, from: Int, limit: Int) -> Bool {
    var index = from
    while index < limit, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
    guard index < limit else { return true }
    var scalar = scalars[index]
    while index + 1 < limit, "\"'“‘(«[".unicodeScalars.contains(scalar) {
      index += 1
      scalar = scalars[index]
    }
    if scalar.value < 0x80 { return ScalarClass.isUppercase(scalar) || ScalarClass.isDigit(scalar) }
    let properties = scalar.properties
    return properties.isUppercase || properties.numericType != nil
      || (properties.isAlphabetic && !properties.isLowercase)
  }

  static func appendTrimmed(_ result: inout [Span], _ scalars: ScalarText, _ span: Span) {
    let trimmed = scalars.trimmed(span)
    if !trimmed.isEmpty { result.append(trimmed) }
  }
}
