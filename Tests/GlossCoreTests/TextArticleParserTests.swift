import Testing

@testable import GlossCore

@Suite("TextArticleParser")
struct TextArticleParserTests {
  @Test func thaadHeadlineAndParagraphsMatchTheFile() throws {
    let article = try Fixtures.load("thaad-south-korea-china.txt")
    #expect(
      article.title
        == "US’ THAAD Anti-Missile System Sabotaging Peace Between South Korea and China")
    #expect(article.headline == Span(0, 76))
    #expect(
      Fixtures.paragraphTexts(article)
        == (try Fixtures.expectedParagraphs("thaad-south-korea-china.txt")))
    #expect(article.paragraphs.count == 20)
  }

  @Test(arguments: Fixtures.wikinews)
  func wikinewsParagraphsMatchTheFile(name: String) throws {
    let article = try Fixtures.load(name)
    #expect(Fixtures.paragraphTexts(article) == (try Fixtures.expectedParagraphs(name)))
    #expect(article.paragraphs.allSatisfy { $0.role == .body })
  }

  @Test func sentencesLieInsideTheirParagraph() throws {
    let article = try Fixtures.load("thaad-south-korea-china.txt")
    for paragraph in article.paragraphs {
      #expect(!paragraph.sentences.isEmpty)
      #expect(paragraph.sentences.allSatisfy { paragraph.span.contains($0) })
    }
    let xi = article.paragraphs[4]
    #expect(article.string(xi.sentences[0]).hasPrefix("Xi was speaking"))
    #expect(xi.sentences.count == 3)
  }

  @Test func linesOfOneParagraphBelongTogether() {
    let article = TextArticleParser().parse("  Head line  \nfirst\nsecond\n\n\n third \n")
    #expect(article.string(article.headline!) == "Head line")
    #expect(Fixtures.paragraphTexts(article) == ["first\nsecond", "third"])
  }

  @Test func headlineOnlyHasNoParagraphs() {
    let article = TextArticleParser().parse("\n\nJust a headline\n")
    #expect(article.title == "Just a headline")
    #expect(article.paragraphs.isEmpty)
  }

  @Test func loneCarriageReturnsBreakLines() {
    let article = TextArticleParser().parse("Head\r\rBody one.\rstill body.")
    #expect(Fixtures.paragraphTexts(article) == ["Body one.\rstill body."])
  }
}
