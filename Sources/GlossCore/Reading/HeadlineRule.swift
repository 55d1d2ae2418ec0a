/// Decides whether the first line of a plain-text article (or of a Markdown one without a `#`
/// heading or a title) is its headline. A headline is a title, not prose: at most
/// ``maximumLength`` scalars and one sentence (``SentenceSplitter`` finds no sentence end inside
/// it). A longer line, or one of several sentences, is the article's first paragraph, and the
/// article has no headline: a whole article on one line, or one paragraph a line without a title.
enum HeadlineRule {
  /// The longest headline, in scalars: news headlines rarely pass 100 characters, and a line
  /// longer than 150 is a paragraph.
  static let maximumLength = 150

  /// True when `line`, trimmed, reads as a headline.
  static func admits(_ line: Span, in scalars: ScalarText) -> Bool {
    line.length <= maximumLength && SentenceSplitter.sentences(in: scalars, span: line).count <= 1
  }
}
