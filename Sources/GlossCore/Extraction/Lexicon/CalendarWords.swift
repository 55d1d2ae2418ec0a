/// Day and month names and other time words: capitalised, but never entities.
enum CalendarWords {
  static let all: Set<String> = WordList.words(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    christmas easter ramadan
    gmt utc bst est edt pst pdt cet am pm a.m. p.m.
    """)
}
