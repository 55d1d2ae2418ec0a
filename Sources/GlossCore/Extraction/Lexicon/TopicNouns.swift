/// Common nouns for what actors take sides on without a name of its own: a bill, a plan, a ban,
/// someone's remarks (see ``PhraseTopicFinder``). A closed class, kept by hand like the stance
/// words. Each entry is written as a topic is named ("sanctions", "remarks" are plural).
enum TopicNouns {
  /// The entries, in the order they are matched.
  static let entries: [String] = Array(
    WordList.lines(
      """
      bill law legislation measure ordinance amendment resolution referendum
      plan proposal initiative program programme project reform policy budget bailout
      deal agreement treaty accord pact settlement merger takeover pipeline wall
      ban cap moratorium curfew tax levy fee tariffs sanctions subsidies regulation rule mandate
      permit rezoning closure cuts layoffs strike walkout contract recall
      ruling verdict decision order nomination candidacy impeachment
      investigation probe inquiry
      war intervention invasion airstrikes
      remarks comments endorsement invitation
      """
    ).joined(separator: " ").split(separator: " ").map(String.init))

  /// Entries whose owner is their author, who stands behind them ("Diaz's plan", "Lee's
  /// remarks"), unlike those whose owner may be who they are done to ("Ruiz's impeachment",
  /// "Lee's ban from the site", "Ruiz's invitation was withdrawn").
  static let authored: Set<String> = WordList.words(
    """
    bill law legislation ordinance amendment resolution plan proposal initiative program programme reform
    policy budget tariffs ruling decision remarks comments endorsement candidacy wall
    """)

  /// Each written form of an entry, with the entry: the entry itself and its plural, or for a
  /// plural entry its singular ("remark" for "remarks").
  static let entryOfForm: [String: String] = {
    var forms: [String: String] = [:]
    for entry in entries {
      forms[entry] = entry
      forms[otherForm(entry)] = forms[otherForm(entry)] ?? entry
    }
    return forms
  }()

  /// Entries that name one thing in turn ("the rule" and "the regulation"), a line a group:
  /// an article's references to any of them are references to one phrase topic.
  static let synonyms: [[String]] = WordList.lines(
    """
    bill legislation measure ordinance
    rule regulation
    deal agreement accord pact
    plan proposal
    investigation probe inquiry
    ruling decision verdict
    remarks comments
    strike walkout
    """
  ).map { $0.split(separator: " ").map(String.init) }

  /// Entries that restrict something: lifting one ("voted to lift the ban", "eased the
  /// curfew") opposes it, keeping one ("extend the moratorium") supports it
  /// (``StanceWords/lifting``, ``StanceWords/keeping``).
  static let restrictions: Set<String> = WordList.words("ban cap moratorium curfew tariffs sanctions mandate")

  /// Entries for a measure put to a vote or in force: an article whose headline names one of
  /// them, and no other, means that one by any of them ("Board Votes to Ban Phones" … "under
  /// the policy" … "the teachers supported the ban").
  static let measures: Set<String> = WordList.words(
    """
    bill legislation measure ordinance proposal plan project ban cap moratorium curfew policy rule
    regulation mandate levy fee subsidies permit rezoning closure cuts
    """)

  /// The plural of a singular noun, or the singular of a plural one.
  static func otherForm(_ entry: String) -> String {
    if entry.hasSuffix("ies") { return entry.dropLast(3) + "y" }
    if entry.hasSuffix("s") { return String(entry.dropLast()) }
    if entry.hasSuffix("y") { return entry.dropLast() + "ies" }
    if entry.hasSuffix("x") || entry.hasSuffix("ch") || entry.hasSuffix("sh") { return entry + "es" }
    return entry + "s"
  }
}
