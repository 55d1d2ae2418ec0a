/// Parses a plain-text article in the layouts plain text comes in: a headline then paragraphs
/// separated by blank lines, one paragraph (or one sentence) a line, a whole article on one
/// line, or lines hard-wrapped at a fixed width.
///
/// - The **headline** is the first non-empty line when ``HeadlineRule`` takes it for a title (at
///   most 150 scalars, one sentence, or a short line set off by a blank line); otherwise that
///   line opens the body and there is no headline.
/// - When a **blank line** lies between two lines of the body (the text after the headline),
///   blank lines separate paragraphs, and the lines between them belong together, line breaks
///   included.
/// - Otherwise the body is one run of lines, and **each line is a paragraph** — unless the run is
///   **hard-wrapped**: more than half of its line breaks come after a line of at most
///   ``maximumWrapWidth`` scalars, inside a sentence (``SentenceSplitter`` ends none there). A
///   hard-wrapped run is one paragraph.
///
/// Blank lines before and after the body do not count, except in an opening (``isOpening``).
public struct TextArticleParser: Sendable {
  /// The widest line taken for a wrapped one, in scalars: text is hard-wrapped at 80 columns or
  /// less (72 in mail), and a line of one paragraph is mostly longer than 100.
  static let maximumWrapWidth = 100

  /// True when the text is only the opening of a longer one (``ArticlePreview``): blank lines at
  /// its end then lie between paragraphs of the whole text, and separate paragraphs as they do
  /// there.
  public var isOpening: Bool

  public init(isOpening: Bool = false) {
    self.isOpening = isOpening
  }

  /// The article in `text`, without metadata or boilerplate flags (``ArticleReader`` adds those).
  public func parse(_ text: String) -> Article {
    var article = Article(text: text)
    let scalars = article.scalars
    var body = scalars.lines().drop(while: { scalars.trimmed($0).isEmpty })
    // In an opening, text the cut left out follows the blank line.
    let standsAlone = body.count >= 2 && scalars.trimmed(body[body.startIndex + 1]).isEmpty
      && (isOpening || body.dropFirst(2).contains { !scalars.trimmed($0).isEmpty })
    if let first = body.first, HeadlineRule.admits(scalars.trimmed(first), in: scalars, standsAlone: standsAlone) {
      article.headline = scalars.trimmed(first)
      body.removeFirst()
    }
    let runs = body.split { scalars.trimmed($0).isEmpty }
    let endsBlank = body.last.map { scalars.trimmed($0).isEmpty } == true
    let blankLinesSeparate = runs.count > 1 || (isOpening && endsBlank)
    var spans: [Span] = []
    for run in runs {
      let lines = run.map { scalars.trimmed($0) }
      if blankLinesSeparate || Self.isHardWrapped(run, in: scalars) {
        spans.append(Span(lines[0].start, lines[lines.count - 1].end))
      } else {
        spans += lines
      }
    }
    article.paragraphs = Paragraph.split(spans, in: scalars)
    return article
  }

  /// True when more than half of the line breaks in `run` (lines without blank ones) are wraps:
  /// after a line of at most ``maximumWrapWidth`` scalars that does not end a sentence.
  static func isHardWrapped(_ run: ArraySlice<Span>, in scalars: ScalarText) -> Bool {
    guard let first = run.first, let last = run.last, run.count > 1 else { return false }
    let sentenceEnds = Set(SentenceSplitter.sentences(in: scalars, span: Span(first.start, last.end)).map(\.end))
    let wraps = run.dropLast().count {
      $0.length <= maximumWrapWidth && !sentenceEnds.contains(scalars.trimmed($0).end)
    }
    return wraps * 2 > run.count - 1
  }
}
