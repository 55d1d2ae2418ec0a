/// Party and state tags written after a US politician's name ("Sen. Ann Cole, D-N.Y., said";
/// "R-Pa.", "I-Vt.", "R-Texas", "D-CA"): an aside to the name, never a name of its own.
enum PartyTags {
  /// Every state written short, in lower case with its dots: news style's forms (those of
  /// ``Places/stateAbbreviations`` and the ones that also spell a word, "Pa.", "Ill.") and the
  /// postal codes (closed classes).
  static let states: Set<String> = Set(
    Places.stateAbbreviations.map { $0.hasSuffix(".") ? $0.lowercased() : $0.lowercased() + "." }
  ).union(WordList.words(
    """
    pa. ga. la. ind. ill. mo. miss. del. va. tex. wash. md. kans. nebr. wisc.
    al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj
    nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc
    """))

  /// The first letters of a tag: Republican, Democrat, Independent.
  static let parties: Set<Unicode.Scalar> = ["R", "D", "I"]

  /// True for a tag: "R", "D" or "I", a hyphen, then a state written short or whole ("R-Pa.",
  /// "D-N.Y.", "R-Texas", "D-CA").
  static func isTag(_ text: String) -> Bool {
    guard let state = state(in: text) else { return false }
    return states.contains(state.lowercased()) || state.utf8.count > 3 && Places.table.contains(String(state))
  }

  /// True when the dot after `wordSoFar` belongs to a tag being written: "R-Pa" of "R-Pa.",
  /// "D-N" and "D-N.Y" of "D-N.Y.".
  static func takesDot(_ wordSoFar: String) -> Bool {
    guard let state = state(in: wordSoFar) else { return false }
    let written = state.lowercased() + "."
    return states.contains { $0.hasPrefix(written) && $0.hasSuffix(".") }
  }

  /// What follows "R-", "D-" or "I-" at the start of `text`.
  private static func state(in text: String) -> Substring? {
    let scalars = text.unicodeScalars
    guard scalars.count >= 3, let party = scalars.first, parties.contains(party),
      scalars[scalars.index(after: scalars.startIndex)] == "-"
    else { return nil }
    return text.dropFirst(2)
  }
}
