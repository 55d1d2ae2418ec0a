import Foundation
import Testing

@testable import GlossCore

/// How the inline text of a page is laid out as paragraphs: white space, line breaks,
/// preformatted text, lists and tables.
@Suite("HTML layout")
struct HTMLLayoutTests {
  /// The paragraphs of the article in `body` (inside an `<article>` with a headline).
  func paragraphs(_ body: String) throws -> [String] {
    let page = "<html><body><article><h1>Headline</h1>\(body)</article></body></html>"
    let article = try HTMLTestPages.read(page)
      .article
    return Fixtures.paragraphTexts(article)
  }

  @Test func whiteSpaceCollapsesAndBreaksStartLines() throws {
    #expect(
      try paragraphs("<p>  One\n\t  <b>two</b>three ,<br>  four<br><br>five </p>") == [
        "One twothree ,\nfour", "five",
      ])
  }

  @Test func preformattedTextKeepsItsLinesWithoutBlankOnes() throws {
    #expect(try paragraphs("<pre>line one  \n\n   line two\n</pre>") == ["line one\nline two"])
  }

  @Test func listItemsAndTableRowsAreParagraphs() throws {
    let body = """
      <p>The results of the vote, by district, were as follows:</p>
      <table><tr><th>District</th><th>Yes</th></tr><tr><td>North</td><td>1,204</td></tr></table>
      <ul><li>First point, made at some length.</li><li>Second point, also long.</li></ul>
      """
    #expect(
      try paragraphs(body) == [
        "The results of the vote, by district, were as follows:", "District Yes", "North 1,204",
        "First point, made at some length.", "Second point, also long.",
      ])
  }

  @Test func headingsWithoutTextAfterThemAreDropped() throws {
    let body = "<h2>Background</h2><p>Text under the heading.</p><h2>Related</h2><h3>More</h3>"
    let page = "<html><body><article><h1>Headline</h1>\(body)</article></body></html>"
    let article = try HTMLTestPages.read(page)
      .article
    #expect(article.paragraphs.map(\.role) == [.heading, .body])
    #expect(Fixtures.paragraphTexts(article) == ["Background", "Text under the heading."])
  }

  @Test func linkSpansSkipTheSpaceBeforeThem() throws {
    let page =
      "<html><body><article><h1>H</h1><p>Read <a href='https://a.example/'> the  report </a>now, before the meeting.</p></article></body></html>"
    let loaded = try HTMLTestPages.read(page)
    #expect(Fixtures.paragraphTexts(loaded.article) == ["Read the report now, before the meeting."])
    #expect(loaded.links.map { loaded.article.string($0.span) } == ["the report"])
  }

  @Test func paragraphsInAHeadingLeftUnclosedAreBodyText() throws {
    // `<h2>…</h3>`: browsers close the heading, libxml2 keeps the rest of the article in it.
    let page = """
      <html><body><article><h1>Headline</h1><h2>A standfirst in a heading.</h3>
      <div><p>The first paragraph of the article, with enough words to be running text.</p>
      <p>A short one.</p></div></article></body></html>
      """
    let article = try HTMLTestPages.read(page).article
    #expect(article.paragraphs.map(\.role) == [.heading, .body, .body])
    #expect(
      Fixtures.paragraphTexts(article) == [
        "A standfirst in a heading.",
        "The first paragraph of the article, with enough words to be running text.",
        "A short one.",
      ])
  }

  @Test func aHeadingOfRunningTextLengthStaysBeforeAnotherHeading() throws {
    let standfirst =
      "The council has approved the new budget after three hours of debate, a vote and a late amendment on libraries"
    let body = """
      <h2>\(standfirst)</h2><h2>The vote</h2>
      <p>Members argued for three hours before the vote, and the budget passed by one vote.</p>
      <h3>Notes</h3><h3>Sources</h3>
      <p>The minutes of the meeting were published the next morning on the council's site.</p>
      """
    let texts = try paragraphs(body)
    #expect(texts.first == standfirst)
    #expect(texts.contains("The vote"))
    #expect(!texts.contains("Notes"))
  }

  @Test func rubyPronunciationIsLeftOut() throws {
    #expect(
      try paragraphs("<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字を読む。</p>") == ["漢字を読む。"])
  }

  @Test func textIsComposed() throws {
    // "é" written as "e" and a combining acute accent, as some pages store it.
    let text = try paragraphs("<p>Caf\u{65}\u{301} au lait.</p>")
    #expect(
      text.first.map { Array($0.unicodeScalars) } == Array("Caf\u{E9} au lait.".unicodeScalars))
  }
}
