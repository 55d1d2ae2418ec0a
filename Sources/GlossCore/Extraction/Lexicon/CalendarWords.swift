/// Day and month names and other time words: capitalised, but never entities.
enum CalendarWords {
  /// The days of the week, in full.
  static let days: Set<String> = WordList.words("monday tuesday wednesday thursday friday saturday sunday")

  /// The days of the week in full and abbreviated as datelines write them ("Tue", "Thurs"); the
  /// abbreviations are common words elsewhere ("sun", "sat").
  static let weekdays: Set<String> = days.union(WordList.words("mon tue tues wed thu thurs fri sat sun"))

  /// The months, in full and abbreviated ("Sept").
  static let months: Set<String> = WordList.words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """)

  /// Days named relative to today: "Yesterday Quorin, a startup, …" opens on a time, not a name.
  static let relativeDays: Set<String> = WordList.words("today yesterday tomorrow tonight")

  /// Nouns for a stretch of time ("said that morning", "Teacher of the Year").
  static let timeNouns: Set<String> = WordList.words("morning afternoon evening night day week month year time weekend")

  /// Every calendar word that is never an entity: days and months, holidays, time zones and the
  /// parts of a clock time.
  static let all: Set<String> = days.union(months).union(
    WordList.words(
      """
      christmas easter ramadan
      gmt utc bst est edt pst pdt cet am pm a.m. p.m.
      """))
}
