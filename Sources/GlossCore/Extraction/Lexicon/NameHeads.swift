/// Nouns that say what a name ending on them names: "Delmont Hotel" and "Arlo Lagoon" are
/// places, "Quill Regiment" an organisation. The nouns whose commonest WordNet sense is a kind of
/// region, building, landform or body of water, or of organisation (see NOTICE), without given
/// names, common family names ("Hill", "Hall") and nouns for both ("state"): a data file read on
/// first use. The hand-kept
/// head words of ``Places``, ``Organizations`` and ``OtherThings`` win over it.
enum NameHeads {
  static let table = LexiconTable(resource: "name-heads.tsv")

  /// What a name headed by the lower-case `word` names, by the data file alone.
  static func kind(of word: String) -> EntityType? {
    switch table.value(word) {
    case "place": .place
    case "organization": .organization
    default: nil
    }
  }
}
