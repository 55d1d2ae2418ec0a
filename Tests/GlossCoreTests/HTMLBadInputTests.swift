import Foundation
import Testing

@testable import GlossCore

/// Pages that are not articles: a clear error, never a crash, a hang or script text.
@Suite("HTML bad input")
struct HTMLBadInputTests {
  /// The error loading `data` as the HTML page `page.html` throws, or nil when it loads.
  func failure(_ data: Data) -> ArticleLoadError? {
    do {
      _ = try ArticleLoader().load(data, name: "page.html", format: .html)
      return nil
    } catch {
      return error
    }
  }

  @Test func pageWithoutArticleTextIsDataError() throws {
    let error = try #require(
      failure(try Data(contentsOf: URL(fileURLWithPath: HTMLTestPages.path("no-article.html")))))
    #expect(error == .noArticle(name: "page.html"))
    #expect(error.message == "page.html: no article text found in the page")
    #expect(error.exitCode == 65)
  }

  @Test func textWithoutMarkupIsNotHTML() {
    #expect(failure(Data(#"{"headline": "not a page"}"#.utf8)) == .notHTML(name: "page.html"))
    #expect(failure(Data("a < b, and that is all".utf8)) == .notHTML(name: "page.html"))
  }

  @Test func binaryBlankAndEmptyInputKeepTheirErrors() {
    #expect(failure(Data([0x3C, 0x70, 0x3E, 0x00, 0x41])) == .binary(name: "page.html"))
    #expect(failure(Data(" \n\t".utf8)) == .empty(name: "page.html"))
    #expect(failure(Data()) == .empty(name: "page.html"))
  }

  @Test func truncatedMarkupKeepsWhatWasRead() throws {
    let page = try Data(contentsOf: URL(fileURLWithPath: HTMLTestPages.path("news-site.html")))
    let cut =
      String(decoding: page, as: UTF8.self).components(separatedBy: "would not survive")[0]
      + "would not sur"
    let article = try HTMLTestPages.read(cut).article
    #expect(article.text.contains("The harbour council voted on Monday night"))
    #expect(article.text.hasSuffix("would not sur\n"))
    #expect(failure(page.prefix(1_500)) == .noArticle(name: "page.html"))
  }

  @Test func brokenMarkupIsRepaired() throws {
    let page =
      "<title>Repaired</title><div><p>First paragraph of text, <b>bold <i>and italic</b> with unclosed tags<p>Second paragraph, with a <a href='x'>link</div> still going</span></p></body>"
    let article = try HTMLTestPages.read(page)
      .article
    #expect(
      Fixtures.paragraphTexts(article) == [
        "First paragraph of text, bold and italic with unclosed tags",
        "Second paragraph, with a link",
      ])
  }

  @Test func scriptAndStyleTextNeverReachTheArticle() throws {
    let page = """
      <html><head><style>p { color: red }</style></head><body><article><h1>Headline</h1>
      <p>Real text of the article, long enough to count as a paragraph.<script>var leaked = "SCRIPT";</script></p>
      <noscript>NOSCRIPT fallback text of considerable length, with commas, to tempt the scorer.</noscript>
      <p><style>.x{}</style>More real text, with a comma, that the reader should see.</p>
      <template><p>TEMPLATE text that is never rendered by a browser.</p></template>
      </article></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    for leaked in ["SCRIPT", "leaked", "color", "NOSCRIPT", ".x{}", "TEMPLATE"] {
      #expect(!text.contains(leaked))
    }
    #expect(text.contains("More real text"))
  }

  @Test func controlCharactersAreDropped() throws {
    let page =
      "<html><body><article><h1>Red\u{1B}[31m</h1><p>Text with an escape \u{1B}[2J and a C1 \u{9B}31m control, long enough.</p></article></body></html>"
    let text = try HTMLTestPages.read(page).article.text
    #expect(text == "Red[31m\n\nText with an escape [2J and a C1 31m control, long enough.\n")
  }

  @Test func invalidUTF8IsReplacedWithAWarning() throws {
    let page =
      Data("<html><body><article><h1>Bad</h1><p>Bytes ".utf8) + Data([0xFF, 0xFE, 0x41])
      + Data(" in a page that says it is UTF-8, long enough.</p></article></body></html>".utf8)
    let loaded = try ArticleLoader().load(
      Data("<meta charset=utf-8>".utf8) + page, name: "page.html", format: .html)
    #expect(loaded.warnings == ["page.html: invalid UTF-8 replaced with U+FFFD"])
    #expect(loaded.article.text.contains("Bytes \u{FFFD}"))
  }

  @Test func tenMegabytePageLoads() throws {
    let paragraph =
      "<p>Paragraph of a very long page, with a comma and enough words to count as prose.</p>\n"
    let body = String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count + 1)
    let page =
      "<!doctype html><html><body><article><h1>Long</h1>" + body + "</article></body></html>"
    #expect(page.utf8.count > 10_000_000)
    let article = try ArticleLoader().load(Data(page.utf8), name: "page.html", format: nil).article
    #expect(article.paragraphs.count == 10_000_000 / paragraph.utf8.count + 1)
  }

  @Test func deeplyNestedPageIsRead() throws {
    let page =
      "<html><head><title>Deep</title></head><body>" + String(repeating: "<div>", count: 100_000)
      + "<p>Deep text, with a comma, under a hundred thousand elements.</p></body></html>"
    #expect(
      try HTMLTestPages.read(page).article.text
        == "Deep\n\nDeep text, with a comma, under a hundred thousand elements.\n")
  }

  @Test func standardInputIsSniffedAsHTML() throws {
    let page =
      "\u{FEFF}  <!DOCTYPE html><html><body><article><h1>Sniffed</h1><p>Body text of the sniffed page, long enough.</p></article></body></html>"
    let article = try ArticleLoader().load(Data(page.utf8), name: "standard input", format: nil)
      .article
    #expect(article.text == "Sniffed\n\nBody text of the sniffed page, long enough.\n")
    #expect(ArticleFormat(named: "a/page.HTM") == .html)
    #expect(ArticleFormat(named: "page.html") == .html)
    let text = try ArticleLoader().load(
      Data("<b> is bold\n\nText.".utf8), name: "standard input", format: nil)
    #expect(text.article.text == "<b> is bold\n\nText.")
  }
}
