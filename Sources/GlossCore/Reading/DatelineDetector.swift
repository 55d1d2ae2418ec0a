/// Fills article metadata from the opening of the body, as news layouts give it: a paragraph
/// that is only a date ("Friday, September 9, 2016", the Wikinews dateline) sets the date, and a
/// wire-style credit opening the first body paragraph ("(ANTIMEDIA) It's…", "SEOUL (AP) —")
/// sets the source. Paragraphs are kept; metadata already known (front matter) is not replaced.
enum DatelineDetector {
  /// The longest date line, in scalars.
  static let maximumDateLength = 40
  /// The longest credit read as a source name, in scalars.
  static let maximumCreditLength = 40
  /// The longest place name allowed before a credit ("WASHINGTON", "SEOUL, South Korea").
  static let maximumPlaceLength = 40
  /// The dashes that end a dateline ("SEOUL (AP) —", "SEOUL -- The …").
  static let dashes: Set<String> = ["—", "–", "-", "--"]

  /// Sets the date and source of `article` from its opening paragraphs, where they are unset.
  static func fillMetadata(of article: inout Article) {
    guard let first = article.paragraphs.first else { return }
    var bodyIndex = 0
    if first.span.length <= maximumDateLength, isDate(article.string(first.span)) {
      if article.metadata.date == nil { article.metadata.date = article.string(first.span) }
      bodyIndex = 1
    }
    if article.metadata.source == nil, bodyIndex < article.paragraphs.count {
      article.metadata.source = credit(article.scalars, article.paragraphs[bodyIndex].span)
    }
  }

  /// True when `line` is only a date: an optional weekday, then month day year or day month
  /// year, commas and a dot after an abbreviation allowed.
  static func isDate(_ line: String) -> Bool {
    guard line.unicodeScalars.count <= maximumDateLength else { return false }
    var words = line.lowercased().split { $0 == " " || $0 == "," }.map {
      $0.hasSuffix(".") ? String($0.dropLast()) : String($0)
    }
    if let first = words.first, CalendarWords.weekdays.contains(first) { words.removeFirst() }
    guard words.count == 3, let year = Int(words[2]), (1000...2999).contains(year) else {
      return false
    }
    let (month, day) = CalendarWords.months.contains(words[0]) ? (words[0], words[1]) : (words[1], words[0])
    guard CalendarWords.months.contains(month), let number = Int(day) else { return false }
    return (1...31).contains(number)
  }

  /// The credit in parentheses opening `span` ("(ANTIMEDIA)", "WASHINGTON (Reuters) —"): a name
  /// of letters, spaces and `.&'-`, without digits, of at most four words, after nothing or a
  /// place whose first word is in capitals, and followed by white space or a dash.
  static func credit(_ scalars: ScalarText, _ span: Span) -> String? {
    let limit = min(span.end, span.start + maximumPlaceLength + maximumCreditLength + 2)
    guard let open = (span.start..<limit).first(where: { scalars[$0] == "(" }),
      open == span.start || isPlace(scalars, Span(span.start, open)),
      let close = (open..<limit).first(where: { scalars[$0] == ")" }),
      close + 1 < span.end,
      ScalarClass.isWhitespace(scalars[close + 1]) || dashes.contains(String(scalars[close + 1]))
    else { return nil }
    let name = scalars.string(scalars.trimmed(Span(open + 1, close)))
    let isNameLike = name.unicodeScalars.allSatisfy {
      ScalarClass.isLetter($0) || " .&'’-".unicodeScalars.contains($0)
    }
    let words = name.split(separator: " ")
    guard isNameLike, (1...4).contains(words.count),
      words.allSatisfy({ $0.first?.isUppercase == true })
    else { return nil }
    return name
  }

  /// True when `span` reads as a dateline place: first word in capitals, no sentence punctuation.
  static func isPlace(_ scalars: ScalarText, _ span: Span) -> Bool {
    let place = scalars.string(scalars.trimmed(span))
    guard let firstWord = place.split(whereSeparator: { $0 == " " || $0 == "," }).first,
      firstWord.count >= 2, firstWord.allSatisfy({ $0.isUppercase || $0 == "." })
    else { return false }
    return !place.contains { "!?\"“”".contains($0) }
  }
}
