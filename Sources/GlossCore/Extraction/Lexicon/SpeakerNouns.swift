/// Nouns that can head a speaker who is not named: a role ("the spokeswoman", "a senior
/// official"), a group of people ("protesters", "aides"), or a text that speaks for someone ("a
/// statement", "the report"). A phrase speaker must have one, so a run of words that only
/// happens to stand before a reporting verb is never taken for a speaker.
enum SpeakerNouns {
  /// Groups and bodies of people, and texts.
  static let others: Set<String> = WordList.words(
    """
    people person man men woman women group groups people's crowd audience family families
    aides staff staffers supporters opponents critics backers protesters demonstrators voters
    residents citizens members delegates officials officers authorities sources insiders
    observers experts analysts lawmakers legislators senators republicans democrats conservatives
    liberals progressives activists advocates campaign administration government ministry agency
    department office committee panel board council court commission company firm spokesperson
    statement report reports poll polls survey study memo letter email tweet post article
    editorial website ad ads video document documents transcript filing lawsuit complaint ruling
    friend friends neighbor neighbour colleague colleagues source insider operative
    """)

  /// True when the lower-case `word` can head a speaker phrase.
  static func contains(_ word: String) -> Bool {
    if others.contains(word) || Titles.all.contains(word) { return true }
    if word.hasSuffix("men") { return Titles.all.contains(String(word.dropLast(3)) + "man") }
    return word.utf8.last == UInt8(ascii: "s") && Titles.all.contains(String(word.dropLast()))
  }
}
