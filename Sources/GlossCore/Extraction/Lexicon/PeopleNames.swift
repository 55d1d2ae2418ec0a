/// Names for members of a people, a faith or a party ("Mohawk", "Baptist", "Democrat", "African
/// American"): the nouns WordNet writes capitalised whose commonest sense is a kind of person (see
/// NOTICE), lower-cased, in a data file read on first use. A name made of one, or of its plural,
/// names people ("the Mohawks", "Native Americans").
enum PeopleNames {
  static let table = LexiconTable(resource: "people-names.txt")

  /// True when the lower-case `name`, or its singular, is one.
  static func contains(_ name: String) -> Bool { SpeakerNouns.matchesSingular(name) { table.contains($0) } }
}
