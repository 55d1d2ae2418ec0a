/// Cuts text into words, numbers, possessive endings and punctuation marks.
///
/// Words keep inner hyphens ("Jae-in", "anti-THAAD"), inner apostrophes followed by a letter
/// ("don’t"), and the dots of acronyms and initials ("U.S.", "F."); an account name keeps its
/// "@" and underscores ("@harbour_watch"). A possessive "’s" or a final
/// apostrophe after "s" is split off as its own token so names stay clean.
enum Tokenizer {
  /// Appends the tokens of `span` of `scalars` to `tokens`.
  static func append(_ scalars: ScalarText, span: Span, to tokens: inout TokenList) {
    var index = span.start
    var spaceBefore = true
    while index < span.end {
      let scalar = scalars[index]
      if ScalarClass.isWhitespace(scalar) {
        spaceBefore = true
        index += 1
        continue
      }
      let start = index
      let kind: Token.Kind
      if isWordScalar(scalar) {
        index = wordEnd(scalars, from: index, limit: span.end)
        kind = ScalarClass.isDigit(scalars[start]) && isNumber(scalars, start, index) ? .number : .word
      } else if scalar == "@", let end = handleEnd(scalars, at: index, from: span.start, limit: span.end) {
        index = end
        kind = .word
      } else if isApostrophe(scalar), start > span.start, isWordScalar(scalars[start - 1]),
        index + 1 < span.end, scalars[index + 1] == "s" || scalars[index + 1] == "S",
        index + 2 >= span.end || !isWordScalar(scalars[index + 2])
      {
        index += 2
        kind = .possessive
      } else {
        index += 1
        kind = .punctuation
      }
      tokens.append(scalars, Span(start, index), kind: kind, spaceBefore: spaceBefore)
      spaceBefore = false
    }
  }

  /// The lower-case form of `span`, without Unicode tables when it is ASCII.
  static func lowercased(_ scalars: ScalarText, _ span: Span) -> String {
    guard scalars[span.start..<span.end].allSatisfy({ $0.value < 0x80 }) else {
      return scalars.string(span.start..<span.end).lowercased()
    }
    return String(unsafeUninitializedCapacity: span.length) { buffer in
      for (offset, index) in (span.start..<span.end).enumerated() {
        let value = UInt8(truncatingIfNeeded: scalars[index].value)
        buffer[offset] = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
      }
      return span.length
    }
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isWordScalar(scalar) }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }

  /// The end of the account name ("@harbour_watch") whose "@" is at `at`: letters, digits and
  /// underscores after it; nil when none follows or the "@" is inside a word (an e-mail address).
  static func handleEnd(_ scalars: ScalarText, at: Int, from start: Int, limit: Int) -> Int? {
    guard at == start || !isWordScalar(scalars[at - 1]) && scalars[at - 1] != "." else { return nil }
    var index = at + 1
    while index < limit, scalars[index].value < 0x80, isWordScalar(scalars[index]) || scalars[index] == "_" { index += 1 }
    return index > at + 1 ? index : nil
  }

  /// The end of the word starting at `start`, joining inner hyphens, apostrophes and acronym dots.
  static func wordEnd(_ scalars: ScalarText, from start: Int, limit: Int) -> Int {
    var index = start
    while index < limit {
      let scalar = scalars[index]
      if isWordScalar(scalar) {
        index += 1
        continue
      }
      let next = index + 1 < limit ? scalars[index + 1] : " "
      let nextIsWord = isWordScalar(next)
      if scalar == "-" || scalar == "‑" || scalar == "&", nextIsWord, index > start {
        index += 1
      } else if isApostrophe(scalar), nextIsWord, !isPossessiveEnding(scalars, index, limit) {
        index += 1
      } else if scalar == "." || scalar == ",", nextIsWord, isNumber(scalars, start, index),
        ScalarClass.isDigit(next)
      {
        index += 1
      } else if scalar == ".",
        isAcronymSoFar(scalars, start, index) || isAbbreviation(scalars, start, index) || isPartyTagSoFar(scalars, start, index)
      {
        index += 1
      } else {
        break
      }
    }
    return index
  }

  static func isPossessiveEnding(_ scalars: ScalarText, _ apostrophe: Int, _ limit: Int) -> Bool {
    let s = apostrophe + 1
    guard s < limit, scalars[s] == "s" || scalars[s] == "S" else { return false }
    return s + 1 >= limit || !isWordScalar(scalars[s + 1])
  }

  static func isNumber(_ scalars: ScalarText, _ start: Int, _ end: Int) -> Bool {
    for index in start..<end {
      let scalar = scalars[index]
      if !ScalarClass.isDigit(scalar), scalar != ".", scalar != "," { return false }
    }
    return true
  }

  /// True when the word before the dot at `dot` is a capitalised title or name word written
  /// short ("Mr.", "Sen.", "St."), whose dot belongs to it.
  static func isAbbreviation(_ scalars: ScalarText, _ start: Int, _ dot: Int) -> Bool {
    guard dot - start >= 2, dot - start <= 6, ScalarClass.isUppercase(scalars[start]) else { return false }
    let lower = lowercased(scalars, Span(start, dot))
    return Titles.abbreviations.contains(lower) || Titles.nameAbbreviations.contains(lower)
  }

  /// True when the word before the dot at `dot` is a party and state tag being written ("R-Pa",
  /// "D-N.Y"), whose dots belong to it.
  static func isPartyTagSoFar(_ scalars: ScalarText, _ start: Int, _ dot: Int) -> Bool {
    guard dot - start >= 3, scalars[start + 1] == "-", PartyTags.parties.contains(scalars[start]) else { return false }
    return PartyTags.takesDot(scalars.string(start..<dot))
  }

  /// True when the word so far is single letters separated by dots ("U", "U.S"), so the dot
  /// at `dot` belongs to an acronym or initial.
  static func isAcronymSoFar(_ scalars: ScalarText, _ start: Int, _ dot: Int) -> Bool {
    guard dot - start >= 1, ScalarClass.isLetter(scalars[dot - 1]) else { return false }
    var index = start
    while index < dot {
      guard ScalarClass.isLetter(scalars[index]), ScalarClass.isUppercase(scalars[index]) else {
        return false
      }
      index += 1
      if index < dot {
        guard scalars[index] == "." else { return false }
        index += 1
      }
    }
    return true
  }
}
