import Testing

@testable import GlossCore

@Suite("MarkdownArticleParser")
struct MarkdownArticleParserTests {
  static let article = """
    ---
    title: "Seoul and Beijing: a thaw?"
    source: Example Wire
    url: https://example.org/thaw
    author: 'Kim O''Neil'
    date: 2017-05-19
    tags:
      - korea
    ---

    # Seoul and Beijing thaw

    The envoy met *Xi* on Friday.
    A second line of the same paragraph.

    ## Reactions

    > “Both countries want to improve relations,”
    > he said.

    - First point.
    - Second point
      continued here.
    1. Numbered point.

    ***
    Closing paragraph.
    """

  @Test func frontMatterFillsMetadata() {
    let metadata = ArticleReader.read(Self.article, format: .markdown).metadata
    #expect(metadata.title == "Seoul and Beijing: a thaw?")
    #expect(metadata.source == "Example Wire")
    #expect(metadata.url == "https://example.org/thaw")
    #expect(metadata.author == "Kim O'Neil")
    #expect(metadata.date == "2017-05-19")
  }

  @Test func blocksBecomeParagraphsWithRoles() throws {
    let article = MarkdownArticleParser().parse(Self.article)
    #expect(article.string(try #require(article.headline)) == "Seoul and Beijing thaw")
    #expect(
      Fixtures.paragraphTexts(article) == [
        "The envoy met *Xi* on Friday.\nA second line of the same paragraph.",
        "Reactions",
        "“Both countries want to improve relations,”\n> he said.",
        "First point.", "Second point\n  continued here.", "Numbered point.",
        "Closing paragraph.",
      ])
    #expect(
      article.paragraphs.map(\.role) == [
        .body, .heading, .blockquote, .body, .body, .body, .body,
      ])
  }

  @Test func withoutHeadingTheFrontMatterTitleIsTheTitle() {
    let article = MarkdownArticleParser().parse("---\ntitle: From front\n---\nFirst para.\n")
    #expect(article.headline == nil)
    #expect(article.title == "From front")
    #expect(Fixtures.paragraphTexts(article) == ["First para."])
  }

  @Test func withoutHeadingOrTitleTheFirstLineIsTheHeadline() {
    let article = MarkdownArticleParser().parse("Plain headline\nBody line.\n\nMore.")
    #expect(article.title == "Plain headline")
    #expect(Fixtures.paragraphTexts(article) == ["Body line.", "More."])
  }

  @Test func aLongFirstLineIsAParagraphNotTheHeadline() {
    let line = """
      The council of the harbour town voted on Monday to keep its ferry running through the \
      winter, reversing a plan to cut the service in January and to sell the older boat.
      """
    let article = MarkdownArticleParser().parse(line + "\n\nMore.")
    #expect(article.headline == nil)
    #expect(Fixtures.paragraphTexts(article) == [line, "More."])
  }

  @Test func aShortLineOfSentencesIsTheHeadlineOnlyAsPlainTextSetOffByABlankLine() {
    let article = MarkdownArticleParser().parse("The ferry stays. The town pays.\n\nMore.")
    #expect(article.title == "The ferry stays. The town pays.")
    let list = MarkdownArticleParser().parse("- The ferry stays. The town pays.\n- The bridge opens.\n\nMore.")
    #expect(list.headline == nil)
  }

  @Test func unclosedFrontMatterIsNotMetadata() {
    let article = MarkdownArticleParser().parse("---\ntitle: Never closed\n\n# Head\n\nBody.")
    #expect(article.metadata.title == nil)
    #expect(article.title == "Head")
  }

  @Test func headingMarkersAreOutsideTheSpan() throws {
    let article = MarkdownArticleParser().parse("# Head #\n\n### Deeper ###\n\n#hashtag text\n")
    #expect(article.title == "Head")
    #expect(Fixtures.paragraphTexts(article) == ["Deeper", "#hashtag text"])
    #expect(article.paragraphs.map { $0.role } == [.heading, .body])
  }

  @Test func bareQuoteLineSplitsQuoteParagraphs() {
    let article = MarkdownArticleParser().parse("# H\n\n> one\n>\n> two\n")
    #expect(Fixtures.paragraphTexts(article) == ["one", "two"])
    #expect(article.paragraphs.allSatisfy { $0.role == .blockquote })
  }

  @Test func crlfMarkdown() {
    let article = MarkdownArticleParser().parse("---\r\ntitle: T\r\n---\r\n# H\r\n\r\nBody.\r\n")
    #expect(article.metadata.title == "T")
    #expect(Fixtures.paragraphTexts(article) == ["Body."])
  }
}
