import Foundation
import Testing

@testable import GlossCore

/// Block quotes the layout marks without quotation marks (Markdown `>` here): each run of them
/// is a block quote, credited to an introduction or to a dash line under it.
@Suite("Block quotes without marks")
struct BlockquoteQuoteTests {
  func annotate(_ markdown: String) throws -> (Article, Annotations) {
    let article = try ArticleLoader().load(Data(markdown.utf8), name: "test.md", format: .markdown).article
    return (article, Annotator().annotate(article))
  }

  @Test func aBlockQuoteIsCreditedToTheOutletItsIntroductionNames() throws {
    let (_, annotations) = try annotate(
      """
      # Rail plan

      The Associated Press reported on Monday:

      > The ministry will publish the timetable in March.
      > Trains will run every ten minutes on the main line.

      Critics were not convinced.
      """)
    let quote = try #require(annotations.quotes.first { $0.text.contains("publish the timetable") })
    #expect(quote.kind == .block)
    #expect(quote.speaker?.name == "Associated Press")
  }

  @Test func aDashLineUnderTheBlockNamesTheSpeaker() throws {
    let (article, annotations) = try annotate(
      """
      # Rail plan

      > Every city deserves a train that comes when people need it.
      > It is not a luxury.

      > — Elena Varga, transport commissioner

      The plan goes to parliament next week.
      """)
    let quote = try #require(annotations.quotes.first { $0.text.contains("Every city deserves") })
    #expect(quote.kind == .block)
    #expect(quote.speaker?.name == "Elena Varga")
    #expect(!article.string(quote.span).contains("Elena Varga"))
  }
}
