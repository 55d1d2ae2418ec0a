/// Nouns that can head a speaker who is not named: a role ("the spokeswoman", "a senior
/// official"), a group of people ("protesters", "aides"), or a text that speaks for someone ("a
/// statement", "the report"). A phrase speaker must have one, so a run of words that only
/// happens to stand before a reporting verb is never taken for a speaker.
enum SpeakerNouns {
  /// Nouns whose commonest sense is a kind of person ("nominee", "user", "widow"), from
  /// WordNet (see NOTICE): a data file read on first use.
  static let people = LexiconTable(resource: "person-nouns.txt")

  /// Groups and bodies of people.
  static let groups: Set<String> = WordList.words(
    """
    people person man men woman women group groups people's crowd audience family families
    aides staff staffers supporters opponents critics backers protesters demonstrators voters
    residents citizens members delegates officials officers authorities sources insiders
    observers experts analysts lawmakers legislators senators republicans democrats conservatives
    liberals progressives activists advocates campaign administration government ministry agency
    department office committee panel board council court commission company firm spokesperson
    friend friends neighbor neighbour colleague colleagues source insider operative
    """)

  /// Texts that speak for whoever wrote or issued them ("a statement", "the report").
  static let texts: Set<String> = WordList.words(
    """
    statement statements report reports poll polls survey study memo letter email tweet post
    article editorial website ad ads video document documents transcript filing lawsuit
    complaint ruling
    """)

  /// True when the lower-case `word`, or its singular, is a WordNet noun for a kind of person
  /// ("petitioner", "democrats").
  static func isKindOfPerson(_ word: String) -> Bool { matchesSingular(word) { people.contains($0) } }

  /// True when the lower-case `word` can head a speaker phrase; `kindsOfPeople` false leaves out
  /// the WordNet nouns, for rules that want roles only ("former Labour party leader").
  static func contains(_ word: String, kindsOfPeople: Bool = true) -> Bool {
    if groups.contains(word) || texts.contains(word) { return true }
    return matchesSingular(word) { Titles.all.contains($0) || kindsOfPeople && people.contains($0) }
  }

  /// True when `test` holds for `word` or for its singular ("spokesmen", "deputies", "aides").
  static func matchesSingular(_ word: String, _ test: (String) -> Bool) -> Bool {
    if test(word) { return true }
    if word.hasSuffix("men") { return test(String(word.dropLast(3)) + "man") }
    if word.hasSuffix("ies") { return test(String(word.dropLast(3)) + "y") }
    return word.utf8.last == UInt8(ascii: "s") && test(String(word.dropLast()))
  }
}
