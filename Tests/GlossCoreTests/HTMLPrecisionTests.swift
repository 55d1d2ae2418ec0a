import Foundation
import Testing

@testable import GlossCore

/// Pages whose furniture the first readings let in with the article: teasers of other stories,
/// written as prose, beside or under it.
@Suite("HTML extraction: only the article")
struct HTMLPrecisionTests {
  /// A paragraph of running text, long enough to score.
  static func paragraph(_ topic: String) -> String {
    "<p>The council discussed \(topic) at length, with residents, engineers and the mayor, and agreed to meet again next month.</p>"
  }

  /// A teaser of another story: a linked title and an excerpt.
  static func card(_ topic: String) -> String {
    """
    <article class="card"><h3><a href="/\(topic)">A story about \(topic), with a title long enough</a></h3>
    <p>The excerpt of the story about \(topic), a sentence or two long, to tempt the reader.</p></article>
    """
  }

  @Test func teaserCardsOfOtherStoriesAreLeftOut() throws {
    let body = ["the dredging", "the bridge", "the quay walls"].map(Self.paragraph).joined()
    let cards = ["boats", "fish", "tides"].map(Self.card).joined()
    let page = """
      <html><body><div class="page"><h1>Harbour works resume</h1>
      <div class="text">\(body)</div><div class="more">\(cards)</div>
      </div></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(text.contains("discussed the dredging") && text.contains("discussed the quay walls"))
    #expect(!text.contains("The excerpt of the story"))
  }

  @Test func aShortPostUnderALinkedTitleIsKept() throws {
    // The post looks like a card, but it is the article itself.
    let page = """
      <html><head><title>Back from the coast</title></head><body><div id="content"><div class="post">
      <h2><a href="/post">Back from the coast</a></h2>
      <p>We are back from a week on the coast, rested, sunburnt and with far too many pictures.</p>
      <p>More soon.</p></div></div></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(text.contains("We are back from a week on the coast"))
    #expect(text.contains("More soon."))
  }
}
