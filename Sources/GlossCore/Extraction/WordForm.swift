/// What is known of one distinct spelling among an article's tokens ("China", "china" and
/// "CHINA" are three), kept once in the ``Vocabulary`` however often it occurs. The spelling's
/// strings are kept beside it, in the vocabulary's own arrays.
struct WordForm: Sendable {
  /// The number of scalars.
  let length: Int32
  /// The index of the lower-case spelling's classes in ``Vocabulary/classes``.
  let entry: Int32
  let first: Unicode.Scalar
  /// True when the first letter is upper case.
  let startsUpper: Bool
  /// True when there are at least two letters and all are upper case.
  let isAllUpper: Bool
  /// True for the pronoun "I".
  let isLoneI: Bool

  /// The form of the scalars `span`, whose lower-case spelling has classes `entry`.
  init(_ scalars: ScalarText, _ span: Span, entry: Int) {
    length = Int32(span.length)
    self.entry = Int32(entry)
    first = scalars[span.start]
    var letters = 0
    var upper = 0
    var firstLetterUpper = false
    for scalar in scalars[span.start..<span.end] where ScalarClass.isLetter(scalar) {
      if letters == 0 { firstLetterUpper = ScalarClass.isUppercase(scalar) }
      letters += 1
      if ScalarClass.isUppercase(scalar) { upper += 1 }
    }
    startsUpper = firstLetterUpper
    isAllUpper = letters >= 2 && upper == letters
    isLoneI = span.length == 1 && first == "I"
  }
}
