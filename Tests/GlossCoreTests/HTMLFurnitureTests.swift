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
