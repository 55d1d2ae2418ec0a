/// Words that say something good or bad of what they bear on ("disaster", "proud"), with
/// VADER's mean valence (-4 … 4; see NOTICE): a data file read on first use.
enum PolarityWords {
  static let table = LexiconTable(resource: "polarity.tsv")

  /// The valence of the lower-case `word`; nil when it carries none. Rules read a word's
  /// valence through ``valence(at:of:)``, which knows the word's neighbours.
  private static func valence(_ word: String) -> Double? { table.value(word).flatMap { Double($0) } }

  /// The valence of the word at `index` of `tokens`: nil for "kind" before "of", a hedge and no
  /// kindness ("kind of robotic"), as VADER reads it.
  static func valence(at index: Int, of tokens: TokenList) -> Double? {
    let lower = tokens.lower(index)
    if lower == "kind", index + 1 < tokens.count, tokens.lower(index + 1) == "of" { return nil }
    return valence(lower)
  }

  /// An actor's quoted words count as polar once the sum of their valences reaches this much
  /// either way: VADER's own cut-off, ±0.05 on its normalised score s / √(s² + 15).
  static let threshold = 0.2
}
