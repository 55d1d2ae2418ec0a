import Testing

@testable import GlossCore

@Suite("DatelineDetector")
struct DatelineDetectorTests {
  @Test func wikinewsDatelineFillsTheDateAndStays() throws {
    let article = try Fixtures.load("wikinews/election.txt")
    #expect(article.metadata.date == "Friday, September 9, 2016")
    #expect(article.string(article.paragraphs[0].span) == "Friday, September 9, 2016")
    #expect(article.metadata.source == nil)
  }

  @Test(arguments: Fixtures.wikinews)
  func everyWikinewsSampleHasADate(name: String) throws {
    #expect(try Fixtures.load(name).metadata.date != nil)
  }

  @Test func wireCreditFillsTheSource() throws {
    #expect(try Fixtures.load("thaad-south-korea-china.txt").metadata.source == "ANTIMEDIA")
  }

  @Test(arguments: [
    ("Monday, July 28, 2014", true), ("28 July 2014", true), ("Sept. 3, 2019", true),
    ("Tue 4 Feb 2020", true), ("July 2014", false), ("Monday was a holiday in 2014", false),
    ("March 45, 2014", false),
  ])
  func dates(line: String, isDate: Bool) {
    #expect(DatelineDetector.isDate(line) == isDate)
  }

  @Test(
    arguments: [
      ("(ANTIMEDIA) It is no secret.", "ANTIMEDIA"),
      ("WASHINGTON (Reuters) - The deal.", "Reuters"),
      ("SEOUL, South Korea (AP) — Talks.", "AP"), ("Xi Jinping (the president) said.", nil),
      ("(Updated 5pm) The vote.", nil), ("The agency (Reuters) said.", nil),
    ] as [(String, String?)])
  func credits(paragraph: String, source: String?) {
    let scalars = ScalarText(paragraph)
    #expect(DatelineDetector.credit(scalars, Span(0, scalars.count)) == source)
  }

  @Test func frontMatterMetadataWins() {
    let text = "---\ndate: 2020-01-01\nsource: Own\n---\n# H\n\nMonday, July 28, 2014\n\n(AP) Body."
    let article = ArticleReader.read(text, format: .markdown)
    #expect(article.metadata.date == "2020-01-01")
    #expect(article.metadata.source == "Own")
  }
}
