import GlossCore
import Testing

@testable import GlossUI

@Suite("Word wrapper")
struct WordWrapperTests {
  func wrap(_ text: String, _ width: Int) -> [String] {
    let scalars = ScalarText(text)
    let lines = WordWrapper(width: width).lines(of: Span(0, scalars.count), in: scalars)
    return lines.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
  }

  /// Paragraphs of simple scalars (the samples' news text: ASCII, Latin letters, curly quotes,
  /// dashes, no-break spaces) are wrapped without grapheme breaking; the lines must be those the
  /// cluster-by-cluster measure gives, at every width.
  @Test func simpleTextWrapsAsClustersDo() throws {
    let article = try ReaderFixtures.thaad()
    let scalars = article.scalars
    var simpleParagraphs = 0
    for paragraph in article.paragraphs where scalars[paragraph.span.start..<paragraph.span.end].allSatisfy(WordWrapper.isSimple) {
      simpleParagraphs += 1
      for width in [1, 2, 5, 13, 40, 79, 200] {
        let wrapper = WordWrapper(width: width)
        #expect(
          wrapper.lines(of: paragraph.span, in: scalars)
            == wrapper.lines(measuringClustersOf: paragraph.span, in: scalars), "width \(width)")
      }
    }
    #expect(simpleParagraphs > 10, "the sample's paragraphs take the simple path")
    let spaced = ScalarText("a\u{A0}b  “c”—d…  e\u{A0}\u{A0}f ")
    let span = Span(0, spaced.count)
    for width in 1...8 {
      #expect(WordWrapper(width: width).lines(of: span, in: spaced) == WordWrapper(width: width).lines(measuringClustersOf: span, in: spaced))
    }
  }

  @Test func breaksAtSpaces() {
    #expect(wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
  }

  @Test func cutsWordsLongerThanALine() {
    #expect(wrap("abcdefghij kl", 4) == ["abcd", "efgh", "ij", "kl"])
  }

  @Test func breaksBetweenEastAsianCharactersButNotBeforeClosingPunctuation() {
    #expect(wrap("中国外交部。发言", 6) == ["中国外", "交部。", "发言"])
  }

  @Test func treatsNewlinesAndTabsAsSpaces() {
    #expect(wrap("one\ntwo\tthree", 5) == ["one", "two", "three"])
  }

  @Test func linesMapBackToOffsets() {
    let text = "Moon called for the deployment"
    let scalars = ScalarText(text)
    let lines = WordWrapper(width: 12).lines(of: Span(5, scalars.count), in: scalars)
    #expect(lines.first == Span(5, 15))
  }
}
