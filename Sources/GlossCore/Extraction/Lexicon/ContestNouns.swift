/// Nouns for contests that happen in a place: an election, a primary, a race. A place named with
/// one is where it happens ("Ohio's primary", "the battle for Ohio"), not what the article's
/// actors take sides on (see ``TopicFinder``). A closed class, kept by hand.
enum ContestNouns {
  static let all: Set<String> = WordList.words(
    """
    primary primaries caucus caucuses election elections race races vote runoff contest contests
    battle fight showdown debate debates convention
    """)
}
