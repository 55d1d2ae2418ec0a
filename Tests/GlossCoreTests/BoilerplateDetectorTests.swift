import Testing

@testable import GlossCore

@Suite("BoilerplateDetector")
struct BoilerplateDetectorTests {
  @Test func thaadFooterIsFlaggedFromTheLicenceLine() throws {
    let article = try Fixtures.load("thaad-south-korea-china.txt")
    let flagged = article.paragraphs.filter(\.isBoilerplate)
    #expect(flagged.count == 4)
    let first = try #require(article.paragraphs.firstIndex { $0.isBoilerplate })
    #expect(
      article.string(article.paragraphs[first].span).hasPrefix("Creative Commons / Anti-Media"))
    #expect(article.paragraphs[first...].allSatisfy { $0.isBoilerplate })
    #expect(!article.paragraphs[..<first].contains { $0.isBoilerplate })
  }

  @Test(arguments: Fixtures.wikinews)
  func wikinewsHasNoBoilerplate(name: String) throws {
    let article = try Fixtures.load(name)
    #expect(!article.paragraphs.contains { $0.isBoilerplate })
  }

  /// An article of `body` paragraphs of ordinary length followed by `tail`.
  func article(tail: [String]) -> Article {
    let body = (1...6).map {
      "Paragraph \($0) of the story reports what the council decided on Tuesday, who voted for it, and what it will cost the city over the next five years."
    }
    return ArticleReader.read((["Headline"] + body + tail).joined(separator: "\n\n"), format: .text)
  }

  @Test func unseenFooterWordingIsFlagged() {
    let article = article(tail: [
      "© 2024 Example News Ltd. All rights reserved.",
      "Follow us on Mastodon",
      "Share this article",
    ])
    #expect(
      article.paragraphs.map { $0.isBoilerplate } == Array(repeating: false, count: 6) + [
        true, true, true,
      ])
  }

  @Test func shortLinesBetweenFurnitureAreFlaggedToo() {
    let article = article(tail: ["Subscribe to our newsletter", "Thanks for reading", "Tip line"])
    #expect(article.paragraphs.suffix(3).allSatisfy { $0.isBoilerplate })
    #expect(!article.paragraphs[5].isBoilerplate)
  }

  @Test func cueWordsInsideTheStoryFlagNothing() {
    let article = article(tail: [
      "The study was supported by the Croucher Foundation and the National Science Foundation.",
      "Readers who subscribe to the paper's print edition will get the new supplement, the publisher said in a statement on Monday, adding that it expects the change to cost about two million dollars this year alone.",
    ])
    #expect(!article.paragraphs.contains { $0.isBoilerplate })
  }

  @Test func furnitureFollowedByStoryIsNotFlagged() {
    let article = article(tail: [
      "Click here to support us",
      "The council will meet again next week, when members are expected to vote on the budget amendments that were postponed in March because of the dispute over road repairs.",
    ])
    #expect(!article.paragraphs.contains { $0.isBoilerplate })
  }

  @Test func theOnlyParagraphIsNeverFlagged() {
    let article = ArticleReader.read("Headline\n\nSubscribe to our newsletter", format: .text)
    #expect(article.paragraphs.map { $0.isBoilerplate } == [false])
  }
}
