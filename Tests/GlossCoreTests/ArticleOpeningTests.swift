import Testing

@testable import GlossCore

/// An article's opening (what a long article's panes show while the rest is annotated) is its
/// first whole paragraphs, at the whole article's offsets.
@Suite("Article opening")
struct ArticleOpeningTests {
  @Test func anOpeningIsTheWholeParagraphsBeforeTheCut() throws {
    let article = try Fixtures.load("thaad-south-korea-china.txt")
    let third = article.paragraphs[2].span
    let cut = (third.start + third.end) / 2
    let opening = article.opening(upTo: cut)
    #expect(opening.paragraphs == Array(article.paragraphs[..<2]), "the paragraph the cut falls in is left out")
    #expect(opening.length == article.paragraphs[1].span.end)
    #expect(opening.text == article.string(Span(0, opening.length)))
    #expect(opening.headline == article.headline)
    #expect(opening.string(article.paragraphs[1].span) == article.string(article.paragraphs[1].span))
  }

  @Test func anOpeningKeepsAtLeastOneParagraphAndAtMostAll() throws {
    let article = try Fixtures.load("thaad-south-korea-china.txt")
    #expect(article.opening(upTo: 0).paragraphs == [article.paragraphs[0]])
    #expect(article.opening(upTo: article.length).paragraphs == article.paragraphs)
    #expect(article.opening(upTo: article.length).text == article.text)
  }
}
