import Foundation
import Testing

@testable import GlossCore

/// The furniture mask on its own: which elements a strong class word removes and which it spares,
/// and captions without a caption class.
@Suite("HTML furniture")
struct HTMLFurnitureTests {
  /// A paragraph of running text, long enough to score.
  static func paragraph(_ topic: String) -> String {
    "<p>The council discussed \(topic) at length, with residents, engineers and the mayor, and agreed to meet again next month.</p>"
  }

  /// Whether the strict mask removes the first element of `page` whose class is `name`.
  static func removes(_ name: String, in page: String) throws -> Bool {
    let tree = try #require(HTMLParser.parse(Data(page.utf8), encoding: "UTF-8"))
    let removed = HTMLFurniture.mask(tree, stats: HTMLStats(tree), level: .strict)
    let index = try #require(tree.nodes.indices.first { tree.nodes[$0].attribute("class") == name })
    return removed[index]
  }

  @Test func relatedArticleCardsDoNotSpareTheirList() throws {
    // `article` elements mark the page's article, but a list of related stories is made of them.
    let page = """
      <html><body><article><h1>Harbour works resume</h1>\(Self.paragraph("the dredging"))</article>
      <div class="related-stories"><article><p>Boats of the harbour, a story from last year.</p></article>
      <article><p>Tides and the harbour walls, another story from last year.</p></article></div>
      </body></html>
      """
    #expect(try Self.removes("related-stories", in: page))
  }

  @Test func aShareClassOnTheWrapperOfMostOfTheTextSparesIt() throws {
    let body = ["the dredging", "the bridge", "the quay walls", "the budget"].map(Self.paragraph)
      .joined()
    let page = """
      <html><body><h1>Harbour works resume</h1><div class="social-scroll">\(body)</div>
      <div class="club"><p>Our sailing club was founded by a handful of sailors long ago.</p></div>
      </body></html>
      """
    #expect(try !Self.removes("social-scroll", in: page))
  }

  @Test func commentsHoldingMostOfTheTextAreStillRemoved() throws {
    let comments = ["the cake", "the pears", "the oven", "the recipe"].map(Self.paragraph).joined()
    let page = """
      <html><body><h1>Plum cake</h1><p>A short post about a plum cake.</p>
      <div class="comments">\(comments)</div></body></html>
      """
    #expect(try Self.removes("comments", in: page))
  }

  @Test func aShortTextBesideAnImageIsItsCaption() throws {
    let page = """
      <html><body><article><h1>Harbour works resume</h1>\(Self.paragraph("the dredging"))
      <div class="pic"><img src="a.jpg"><span>The quay at dawn, before the works.</span></div>
      <div class="figure"><img src="b.jpg"><p>The bridge will close in May.</p></div>
      \(Self.paragraph("the bridge"))</article></body></html>
      """
    #expect(try Self.removes("pic", in: page))
    #expect(try !Self.removes("figure", in: page))
    let text = try HTMLTestPages.read(page).article.text
    #expect(!text.contains("The quay at dawn"))
    #expect(text.contains("The bridge will close in May."))
  }

  @Test func aHeaderInsideAnArticleIsTheArticles() throws {
    let page = """
      <html><body><article class="entry"><header class="entry-header">
      <h2 class="entry-title">Harbour works resume</h2>
      <p class="entry-subtitle">The works stopped for the winter resume on Monday, with the dredging first and the quay walls after Easter, the city said.</p>
      </header><div class="entry-body">\(Self.paragraph("the dredging"))\(Self.paragraph("the bridge"))</div>
      </article><div class="site-header"><p>Harbour News, the paper of the harbour since 1901.</p></div>
      </body></html>
      """
    #expect(try !Self.removes("entry-header", in: page))
    #expect(try Self.removes("site-header", in: page))
    let article = try HTMLTestPages.read(page).article
    #expect(article.title == "Harbour works resume")
    #expect(article.text.contains("The works stopped for the winter resume on Monday"))
  }
}
