/// Words that say something good or bad of what they bear on ("disaster", "proud"), with
/// VADER's mean valence (-4 … 4; see NOTICE): a data file read on first use.
enum PolarityWords {
  static let table = LexiconTable(resource: "polarity.tsv")

  /// The valence of the lower-case `word`; nil when it carries none.
  static func valence(_ word: String) -> Double? { table.value(word).flatMap { Double($0) } }

  /// A quoted sentence counts as polar once the sum of its words' valences reaches this much
  /// either way.
  static let threshold = 2.0
}
