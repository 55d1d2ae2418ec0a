/// Where a reported clause starts after its verb: past the day the verb names, at a "that" that
/// is the clause's subject, and nowhere when the "that" opens the clause of others' statements.
extension IndirectQuoteFinder {
  /// Where a phrase naming the day of a statement, opening at `index` right after its verb, ends
  /// (`index` when none opens there): a day's name, or "last" or "this" before a noun of a
  /// stretch of days, after "late" or "early" and before a part of the day ("Sunday", "late
  /// Tuesday night", "this week"). Not a day that owns a noun ("said Monday's vote") or comes
  /// before a verb ("said this week will be hard"): it is the clause's subject.
  func end(ofTimeFrom index: Int, in sentence: Range<Int>) -> Int {
    let tokens = document.tokens
    var end = index
    if end < sentence.upperBound, ["late", "early"].contains(tokens.lower(end)) { end += 1 }
    if end + 1 < sentence.upperBound, ["last", "this"].contains(tokens.lower(end)), Self.spansOfDays.contains(tokens.lower(end + 1)) {
      end += 2
    } else if end < sentence.upperBound, CalendarWords.days.contains(tokens.lower(end)) {
      end += 1
    } else {
      return index
    }
    if end < sentence.upperBound, Self.partsOfDay.contains(tokens.lower(end)) { end += 1 }
    guard end < sentence.upperBound else { return end }
    return tokens[end].kind == .possessive || document.isVerb(end, strict: true) ? index : end
  }

  /// The parts of a day that follow its name ("Sunday night").
  static let partsOfDay: Set<String> = WordList.words("morning afternoon evening night")

  /// Stretches of days a statement is dated by after "last" or "this" ("said last week").
  static let spansOfDays: Set<String> = WordList.words("week weekend month year")

  /// True when the "that" at `that`, reached past a preposition from `opening`, opens the clause
  /// of a noun of others' statements ("responded Friday to reports that …", "declined to comment
  /// on claims that …"): what follows is those statements, not the verb's subject's words. Not
  /// after "in", which names the subject's own text ("said in a report that …").
  func isOthersStatement(before that: Int, from opening: Int) -> Bool {
    let tokens = document.tokens
    guard that - 1 > opening, Self.statementNouns.contains(tokens.lower(that - 1)) else { return false }
    return (opening..<that - 1).contains { FunctionWords.prepositions.contains(tokens.lower($0)) && tokens.lower($0) != "in" }
  }

  /// Nouns for statements whose clause after "that" gives what they say.
  static let statementNouns: Set<String> = WordList.words(
    """
    report reports claim claims accusation accusations allegation allegations rumor rumors rumour rumours speculation
    suggestion suggestions assertion assertions criticism
    """)

  /// True when the "that" at `index` stands for a thing and is the subject of the verb after it:
  /// a contracted "’s", a modal or a singular auxiliary in lower case ("said that was a mistake",
  /// "think that's the point"; not "said that Will Ruiz would run"), not a word opening a clause.
  func isDemonstrative(_ index: Int, in sentence: Range<Int>) -> Bool {
    let tokens = document.tokens
    guard tokens.lower(index) == "that", index + 1 < sentence.upperBound else { return false }
    let next = tokens.lower(index + 1)
    return tokens[index + 1].kind == .possessive
      || !tokens[index + 1].isCapitalized && (Self.singularAuxiliaries.contains(next) || Document.modals.contains(next))
  }

  /// Auxiliaries that agree with a singular subject such as "that".
  static let singularAuxiliaries: Set<String> = WordList.words("is was has had does did")
}
