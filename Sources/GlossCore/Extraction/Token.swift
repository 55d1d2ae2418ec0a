/// One word, number or punctuation mark of an article, with where it stands: what the
/// extractors read at a position of ``TokenList``, put together from the token's record and
/// what its spelling's ``WordForm`` says. It holds no strings, so reading one costs no reference
/// counting; its spelling comes from the list (`tokens.text(of: token)`, `tokens.lower(i)`).
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    case word
    case number
    /// A possessive ending split off its word ("’s" of "China’s", "’" of "Leeds’").
    case possessive
    case punctuation
  }

  /// Where the token stands in the article's scalars.
  let span: Span
  let kind: Kind
  /// True when white space (or the paragraph start) comes right before the token.
  let spaceBefore: Bool
  /// What the lexicons and the article say of the word (see ``WordClass``).
  let classes: WordClass
  let form: WordForm
  /// The number of the spelling in the list's ``Vocabulary``.
  let spelling: Int

  /// True when the first letter is upper case ("China", "U.S.", "iPhone" is not).
  var isCapitalized: Bool { kind == .word && form.startsUpper }
  /// True when every letter is upper case and there are at least two ("CNN", "U.S.").
  var isAllCaps: Bool { kind == .word && form.isAllUpper }

  func `is`(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }

  var isWord: Bool { kind == .word }
  var isPunctuation: Bool { kind == .punctuation }
  /// The first scalar.
  var first: Unicode.Scalar { form.first }

  /// True for a word written like a name: capitalised and not a lone upper-case "I".
  var isNameLike: Bool { kind == .word && form.startsUpper && !form.isLoneI }
}
