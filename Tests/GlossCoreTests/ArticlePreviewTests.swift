import Foundation
import Testing

@testable import GlossCore

/// The preview of a long article is its opening, with the offsets and paragraphs of the whole.
@Suite("Article preview")
struct ArticlePreviewTests {
  /// A long text article: THAAD's headline, then its body and the Wikinews bodies repeated.
  func longArticle(bytes: Int) throws -> String {
    let texts = try (["thaad-south-korea-china.txt"] + Fixtures.wikinews).map {
      try String(contentsOf: Fixtures.sample($0), encoding: .utf8)
    }
    var text = String(texts[0].prefix { $0 != "\n" })
    var index = 0
    while text.utf8.count < bytes {
      text += "\n\n" + texts[index % texts.count].drop { $0 != "\n" }.trimmingCharacters(in: .newlines)
      index += 1
    }
    return try Fixtures.file("long.txt", text + "\n")
  }

  @Test func thePreviewIsTheOpeningParagraphsOfTheWholeArticle() throws {
    let path = try longArticle(bytes: 300_000)
    let preview = try #require(ArticlePreview.load(path, threshold: 100_000, length: 64 * 1024)).article
    let whole = try ArticleLoader().load(path).article
    #expect(preview.length < 64 * 1024)
    #expect(preview.paragraphs.count > 10)
    #expect(preview.headline == whole.headline)
    #expect(preview.title == whole.title)
    for (index, paragraph) in preview.paragraphs.enumerated() where !paragraph.isBoilerplate {
      #expect(paragraph.span == whole.paragraphs[index].span)
      #expect(preview.string(paragraph.span) == whole.string(whole.paragraphs[index].span))
    }
  }

  /// The preview of the text at `path` and the whole article, with the same headline.
  func previewAndWhole(_ text: String) throws -> (preview: Article, whole: Article) {
    let path = try Fixtures.file("layout.txt", text)
    let preview = try #require(ArticlePreview.load(path, threshold: 10_000, length: 4096)).article
    let whole = try ArticleLoader().load(path).article
    #expect(preview.headline == whole.headline)
    return (preview, whole)
  }

  /// A paragraph of more than 100 scalars, numbered.
  func paragraph(_ number: Int) -> String {
    "Paragraph \(number) says that the council of the harbour town voted to keep its ferry running all winter long."
  }

  @Test func aLongArticleOfOneParagraphALineHasThoseParagraphsInItsPreview() throws {
    let text = "Ferry stays\n\n" + (1...200).map(paragraph).joined(separator: "\n") + "\n"
    let (preview, whole) = try previewAndWhole(text)
    #expect(whole.paragraphs.count == 200)
    #expect(preview.paragraphs.count > 20)
    #expect(preview.paragraphs.map(\.span) == whole.paragraphs.prefix(preview.paragraphs.count).map(\.span))
  }

  @Test func aLongArticleOnOneLineHasNoHeadlineInItsPreview() throws {
    let (preview, whole) = try previewAndWhole((1...200).map(paragraph).joined(separator: " "))
    #expect(whole.headline == nil)
    #expect(preview.paragraphs.map(\.span.start) == [0])
  }

  @Test func blankLinesEndingThePreviewSeparateParagraphsAsInTheWhole() throws {
    let text = "Ferry stays\n\nThe vote was close.\nSix did not back it.\n\n" + (1...200).map(paragraph).joined(separator: " ")
    let (preview, whole) = try previewAndWhole(text)
    #expect(Fixtures.paragraphTexts(preview) == ["The vote was close.\nSix did not back it."])
    #expect(preview.paragraphs[0].span == whole.paragraphs[0].span)
  }

  @Test func shortFilesAndWebPagesHaveNoPreview() throws {
    let path = try longArticle(bytes: 300_000)
    #expect(ArticlePreview.load(path) == nil, "300 KB is loaded whole")
    #expect(ArticlePreview.load(Fixtures.sample("thaad-south-korea-china.txt").path, threshold: 100) != nil)
    let page = try Fixtures.file("page.html", "<html><body><p>" + String(repeating: "words ", count: 50_000) + "</p></body></html>")
    #expect(ArticlePreview.load(page, threshold: 100) == nil)
    #expect(ArticlePreview.load("/no/such/file.txt", threshold: 0) == nil)
  }

  @Test func aCutFallsAfterABlankLineElseALineElseACharacter() {
    #expect(ArticlePreview.cutPoint(in: Data("one\n\ntwo\n\nthr".utf8)) == 10)
    #expect(ArticlePreview.cutPoint(in: Data("one\r\n\r\ntwo".utf8)) == 7)
    #expect(ArticlePreview.cutPoint(in: Data("one\ntwo".utf8)) == 4)
    #expect(ArticlePreview.cutPoint(in: Data("one\n\ntwo\nthr".utf8), atBlankLine: false) == 9)
    #expect(ArticlePreview.cutPoint(in: Data("née".utf8).prefix(2)) == 1, "not inside é")
  }
}
