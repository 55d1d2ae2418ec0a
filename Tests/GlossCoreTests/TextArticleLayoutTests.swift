import Testing

@testable import GlossCore

/// The plain-text layouts: blank-line paragraphs, one paragraph a line, a whole article on one
/// line, hard-wrapped lines with and without blank lines, and where a headline stops (several
/// sentences make one only in title case).
@Suite("Plain-text layouts")
struct TextArticleLayoutTests {
  static let headline = "Harbour town keeps its ferry"
  static let long = """
    The council of the harbour town voted on Monday to keep its ferry running through the \
    winter, reversing a plan to cut the service in January.
    """
  static let quote = "\"We heard from hundreds of people who rely on it,\" the mayor said after the vote."
  static let short = "Opponents said the cost would fall on every household."

  /// The span of `part`'s first occurrence in `text`, in scalars.
  func span(_ part: String, in text: String) throws -> Span {
    let range = try #require(text.range(of: part))
    let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
    return Span(start, start + part.unicodeScalars.count)
  }

  @Test func eachLineIsAParagraphWhenNoBlankLineSeparatesThem() throws {
    let text = [Self.headline, Self.long, Self.quote, Self.short].joined(separator: "\n") + "\n"
    let article = TextArticleParser().parse(text)
    #expect(article.headline == Span(0, Self.headline.count))
    #expect(article.paragraphs.count == 3)
    #expect(Fixtures.paragraphTexts(article) == [Self.long, Self.quote, Self.short])
    let spans = try [Self.long, Self.quote, Self.short].map { try span($0, in: text) }
    #expect(article.paragraphs.map(\.span) == spans)
    #expect(article.paragraphs.map(\.sentences.count) == [1, 1, 1])
  }

  @Test func oneSentenceALineIsOneParagraphALine() {
    let text = "Ferry stays\nThe vote was close.\nSeven members backed the plan.\nSix did not.\n"
    let article = TextArticleParser().parse(text)
    #expect(article.title == "Ferry stays")
    #expect(
      Fixtures.paragraphTexts(article) == ["The vote was close.", "Seven members backed the plan.", "Six did not."])
  }

  @Test func aWholeArticleOnOneLineHasNoHeadline() throws {
    let text = [Self.long, Self.quote, Self.short].joined(separator: " ")
    let article = TextArticleParser().parse(text)
    #expect(article.headline == nil)
    #expect(article.title == "")
    #expect(article.paragraphs.count == 1)
    #expect(article.paragraphs[0].span == Span(0, text.unicodeScalars.count))
    #expect(article.paragraphs[0].sentences.count == 3)
  }

  @Test func aShortLineOfSeveralSentencesIsAParagraph() {
    let article = TextArticleParser().parse("The ferry stays. The council voted on Monday.")
    #expect(article.headline == nil)
    #expect(Fixtures.paragraphTexts(article) == ["The ferry stays. The council voted on Monday."])
  }

  @Test func aShortLineOfSeveralSentencesSetOffByABlankLineIsAHeadline() {
    let title = "The ferry stays. The town must pay for it."
    let article = TextArticleParser().parse(title + "\n\n" + Self.long + "\n\n" + Self.short + "\n")
    #expect(article.title == title)
    #expect(Fixtures.paragraphTexts(article) == [Self.long, Self.short])
    // Among other lines, the same line opens the body.
    let lines = TextArticleParser().parse(title + "\n" + Self.long + "\n" + Self.short + "\n")
    #expect(lines.headline == nil)
    #expect(Fixtures.paragraphTexts(lines) == [title, Self.long, Self.short])
  }

  @Test func aShortLineOfSeveralSentencesInTitleCaseIsAHeadline() {
    let title = "The Ferry Vote Was Close. Here Is What Comes Next."
    let article = TextArticleParser().parse(title + "\n\n" + Self.long + "\n")
    #expect(article.title == title)
    #expect(article.paragraphs.count == 1)
  }

  @Test func aShortHeadlineThenALongLine() throws {
    for gap in ["\n", "\n\n"] {
      let text = Self.headline + gap + Self.long
      let article = TextArticleParser().parse(text)
      let paragraph = try span(Self.long, in: text)
      #expect(article.title == Self.headline)
      #expect(article.paragraphs.map(\.span) == [paragraph])
    }
  }

  @Test func aHeadlineIsAtMost150Scalars() {
    let title = String(repeating: "Harbour ", count: 18) + "ferry"
    #expect(title.count == 149)
    #expect(TextArticleParser().parse(title + "\n" + Self.long).title == title)
    let line = title + " ok"
    let article = TextArticleParser().parse(line + "\n" + Self.long)
    #expect(article.headline == nil)
    #expect(Fixtures.paragraphTexts(article) == [line, Self.long])
  }

  @Test func hardWrappedParagraphsBetweenBlankLinesAreJoined() {
    let text = """
      Ferry stays

      The council of the harbour town voted on
      Monday to keep its ferry.
      It will run all winter.

      "We heard from hundreds of people," the
      mayor said.

      """
    let article = TextArticleParser().parse(text)
    #expect(article.title == "Ferry stays")
    #expect(
      Fixtures.paragraphTexts(article) == [
        "The council of the harbour town voted on\nMonday to keep its ferry.\nIt will run all winter.",
        "\"We heard from hundreds of people,\" the\nmayor said.",
      ])
  }

  @Test func hardWrappedLinesWithoutBlankLinesAreJoined() throws {
    let body = """
      The council of the harbour town voted on Monday to
      keep its ferry running through the winter. The plan
      to cut the service in January was dropped after
      hundreds of people wrote to the mayor.
      Opponents said the cost would fall on every house.
      """
    let text = "Ferry stays\n" + body + "\n"
    let article = TextArticleParser().parse(text)
    let paragraph = try span(body, in: text)
    #expect(article.title == "Ferry stays")
    #expect(article.paragraphs.map(\.span) == [paragraph])
    #expect(article.paragraphs[0].sentences.count == 3)
  }

  @Test func blankLinesAtTheEndSeparateOnlyInAnOpening() {
    let text = "Ferry stays\n\nThe vote was close.\nSix members did not back it.\n\n"
    #expect(TextArticleParser().parse(text).paragraphs.count == 2)
    let opening = TextArticleParser(isOpening: true).parse(text)
    #expect(Fixtures.paragraphTexts(opening) == ["The vote was close.\nSix members did not back it."])
  }
}
