/// One word, number or punctuation mark of an article, with where it stands.
///
/// An article of 100 MB has 20 million of them, so the fields are laid out to fit 48 bytes: the
/// offsets as 32-bit integers (the loader refuses files over 2 GB) and the small fields in the
/// space beside them, before the two strings.
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    case word
    case number
    /// A possessive ending split off its word ("’s" of "China’s", "’" of "Leeds’").
    case possessive
    case punctuation
  }

  private let start: Int32
  private let end: Int32
  let kind: Kind
  /// True when the first letter is upper case ("China", "U.S.", "iPhone" is not).
  let isCapitalized: Bool
  /// True when every letter is upper case and there are at least two ("CNN", "U.S.").
  let isAllCaps: Bool
  /// True when white space (or the paragraph start) comes right before the token.
  let spaceBefore: Bool
  /// What the lexicons say of the word; set by `Document`.
  var classes: WordClass = []
  let text: String
  let lower: String

  init(
    span: Span, kind: Kind, text: String, lower: String, isCapitalized: Bool, isAllCaps: Bool, spaceBefore: Bool
  ) {
    start = Int32(span.start)
    end = Int32(span.end)
    self.kind = kind
    self.isCapitalized = isCapitalized
    self.isAllCaps = isAllCaps
    self.spaceBefore = spaceBefore
    self.text = text
    self.lower = lower
  }

  /// Where the token stands in the article's scalars.
  var span: Span { Span(Int(start), Int(end)) }

  func `is`(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }

  var isWord: Bool { kind == .word }
  var isPunctuation: Bool { kind == .punctuation }
  var first: Unicode.Scalar { text.unicodeScalars.first ?? " " }

  /// True for a word written like a name: capitalised and not a lone upper-case "I".
  var isNameLike: Bool { kind == .word && isCapitalized && text != "I" }
}
