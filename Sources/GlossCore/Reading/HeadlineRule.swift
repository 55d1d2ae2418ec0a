/// Decides whether the first line of a plain-text article (or of a Markdown one without a `#`
/// heading or a title) is its headline. A headline is a title, not prose: at most
/// ``maximumLength`` scalars and one sentence (``SentenceSplitter`` finds no sentence end inside
/// it), or several written in title case ("Her Claim Isn’t True. Not Yet, At Least."), or
/// several in at most ``shortLength`` scalars on a line of its own, set off by a blank line from
/// the text after it ("The plan is back. Voters must live with it."). A longer line, or one of
/// several sentences in prose among other lines, is the article's first paragraph, and the
/// article has no headline: a whole article on one line, or one paragraph a line without a
/// title.
enum HeadlineRule {
  /// The longest headline, in scalars: news headlines rarely pass 100 characters, and a line
  /// longer than 150 is a paragraph.
  static let maximumLength = 150

  /// The longest line of several sentences in prose taken for a headline when a blank line sets
  /// it off, in scalars: a terminal's width. Two sentences of a first paragraph rarely fit in it.
  static let shortLength = 80

  /// True when `line`, trimmed, reads as a headline; `standsAlone` when a blank line and more
  /// text follow it.
  static func admits(_ line: Span, in scalars: ScalarText, standsAlone: Bool) -> Bool {
    line.length <= maximumLength
      && (standsAlone && line.length <= shortLength || SentenceSplitter.sentences(in: scalars, span: line).count <= 1
        || isTitleCase(line, in: scalars))
  }

  /// True when at least four words in five of `line` (and four words or more) open with a
  /// capital: small words such as "of" and "a" may stay in lower case in a title, not nouns and
  /// verbs.
  static func isTitleCase(_ line: Span, in scalars: ScalarText) -> Bool {
    var words = 0
    var capitalised = 0
    var atWordStart = true
    for index in line.start..<line.end {
      let scalar = scalars[index]
      if ScalarClass.isWhitespace(scalar) {
        atWordStart = true
        continue
      }
      guard atWordStart else { continue }
      atWordStart = false
      guard ScalarClass.isLetter(scalar) else { continue }
      words += 1
      if ScalarClass.isUppercase(scalar) { capitalised += 1 }
    }
    return words >= 4 && capitalised * 5 >= words * 4
  }
}
