import GlossCore
import Testing

@testable import GlossUI

@Suite("Word wrapper")
struct WordWrapperTests {
  func wrap(_ text: String, _ width: Int) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let lines = WordWrapper(width: width).lines(of: Span(0, scalars.count), in: scalars)
    return lines.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
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
    let scalars = Array(text.unicodeScalars)
    let lines = WordWrapper(width: 12).lines(of: Span(5, scalars.count), in: scalars)
    #expect(lines.first == Span(5, 15))
  }
}
