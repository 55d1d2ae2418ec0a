import Foundation
import Testing

@testable import GlossCore

/// The edges of an article: short lines that are not sentences before its first sentence and
/// after its last are left out, short sentences and what lies between running text stay, and a
/// page whose article is a list of links still gives its text.
@Suite("HTML article edges")
struct HTMLArticleEdgeTests {
  /// The paragraphs of the article in `body` (inside an `<article>` with a headline).
  func paragraphs(_ body: String) throws -> [String] {
    let page = "<html><body><article><h1>Headline</h1>\(body)</article></body></html>"
    return Fixtures.paragraphTexts(try HTMLTestPages.read(page).article)
  }

  let first = """
    The council met on Tuesday evening to discuss the new budget, which cuts spending on roads \
    and raises it on schools.
    """
  let second = """
    Members argued for three hours before the vote, and the budget passed by a single vote \
    after a late amendment on libraries.
    """
  let third = """
    The mayor said the cuts to roads would be reviewed next spring, once the cost of the winter \
    repairs is known, and that no school would lose a teacher.
    """

  @Test func shortLinesAfterTheLastSentenceAreLeftOut() throws {
    let body = """
      <p>\(first)</p><p>\(second)</p><p>\(third)</p>
      <p>More on this topic:</p><div>4 of 5</div><p>agency/xy</p>
      """
    #expect(try paragraphs(body) == [first, second, third])
  }

  @Test func aHeadingAfterTheLastSentenceIsLeftOut() throws {
    let body = "<p>\(first)</p><p>\(second)</p><p>\(third)</p><h2>Also read</h2><p>Newsletter</p>"
    #expect(try paragraphs(body) == [first, second, third])
  }

  @Test func shortLinesBeforeTheFirstSentenceAreLeftOutButHeadingsStay() throws {
    #expect(try paragraphs("<p>Home › Local › Council</p><p>\(first)</p><p>\(second)</p>") == [
      first, second,
    ])
    #expect(try paragraphs("<h2>The vote</h2><p>\(first)</p><p>\(second)</p>") == [
      "The vote", first, second,
    ])
    #expect(
      try paragraphs("<h2>The vote</h2><p>Home › Local</p><p>\(first)</p><p>\(second)</p>") == [
        "The vote", first, second,
      ])
  }

  @Test func shortSentencesAtTheEdgesAndShortLinesBetweenStay() throws {
    let body = """
      <p>It was late.</p><p>\(first)</p><p>Updated</p><p>\(second)</p><p>Thanks for reading!</p>
      <p>She said: “We will see”</p>
      """
    #expect(
      try paragraphs(body) == [
        "It was late.", first, "Updated", second, "Thanks for reading!", "She said: “We will see”",
      ])
  }

  @Test func anEdgeHoldingMuchOfTheTextStays() throws {
    let items = (1...6).map { "<li>Item number \($0) of the list</li>" }.joined()
    let body = "<p>\(first)</p><ul>\(items)</ul>"
    #expect(try paragraphs(body).count == 7)
  }

  @Test func aPageWhoseArticleIsAListOfLinksGivesItsLinks() throws {
    let items = (1...4).map {
      "<li><p><a href='https://example.org/\($0)'>A linked story, number \($0) of the day</a></p></li>"
    }.joined()
    let page = """
      <html><body><nav><a href="/">Home</a></nav>
      <article><h1>Links of the day</h1><ul>\(items)</ul></article></body></html>
      """
    let loaded = try HTMLTestPages.read(page)
    #expect(Fixtures.paragraphTexts(loaded.article).first == "A linked story, number 1 of the day")
    #expect(loaded.links.count == 4)
  }
}
