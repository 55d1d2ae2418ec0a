/// One word, number or punctuation mark of an article, with where it stands.
struct Token: Sendable {
  enum Kind: Sendable {
    case word
    case number
    /// A possessive ending split off its word ("’s" of "China’s", "’" of "Leeds’").
    case possessive
    case punctuation
  }

  var span: Span
  var kind: Kind
  var text: String
  var lower: String
  /// True when the first letter is upper case ("China", "U.S.", "iPhone" is not).
  var isCapitalized: Bool
  /// True when every letter is upper case and there are at least two ("CNN", "U.S.").
  var isAllCaps: Bool
  /// True when white space (or the paragraph start) comes right before the token.
  var spaceBefore: Bool
  /// What the lexicons say of the word; set by `Document`.
  var classes: WordClass = []

  func `is`(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }

  var isWord: Bool { kind == .word }
  var isPunctuation: Bool { kind == .punctuation }
  var first: Unicode.Scalar { text.unicodeScalars.first ?? " " }

  /// True for a word written like a name: capitalised and not a lone upper-case "I".
  var isNameLike: Bool { kind == .word && isCapitalized && text != "I" }
}
