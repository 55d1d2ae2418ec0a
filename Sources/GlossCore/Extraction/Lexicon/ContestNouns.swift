/// Nouns for contests that happen in a place: an election, a primary, a race. A place named with
/// one is where it happens ("Ohio's primary", "the battle for Ohio"), not what the article's
/// actors take sides on (see ``TopicFinder``). A closed class, kept by hand.
enum ContestNouns {
  static let all: Set<String> = WordList.words(
    """
    primary primaries caucus caucuses election elections race races vote runoff contest contests
    battle fight showdown debate debates convention
    """)

  /// Words that say which contest, between a place and the contest ("Ohio's Democratic primary").
  static let kinds: Set<String> = WordList.words(
    """
    democratic republican gop presidential general special state senate house congressional
    gubernatorial mayoral party governor mayor
    """)

  /// Verbs of winning or losing a contest: a place won is its contest ("Ruiz Wins Ohio").
  static let outcomes: Set<String> = WordList.words(
    "win wins winning won lose loses losing lost carry carries carrying carried sweep sweeps sweeping swept")
}
