import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// Search in an article too long to search whole on every key typed: while typing, only the
/// text after where the search started is read; Enter searches it all.
@Suite("Search in a long article")
struct LongSearchTests {
  /// The THAAD sample's body 250 times (about 1.2 million scalars), "Zanzibar" only in the last
  /// paragraph.
  static func longState() throws -> ReaderState {
    let thaad = try String(contentsOfFile: ReaderFixtures.thaadPath, encoding: .utf8)
    let body = thaad.drop { $0 != "\n" }.trimmingCharacters(in: .newlines)
    let text = "A long article\n\n" + Array(repeating: body, count: 250).joined(separator: "\n\n")
      + "\n\nThe envoy later flew to Zanzibar.\n"
    let article = try ReaderFixtures.article(text)
    #expect(article.length > TextSearch.typingWindow)
    return ReaderFixtures.state(article, width: 120, height: 40)
  }

  @Test func typingSearchesAheadAndEnterSearchesEverything() throws {
    var state = try Self.longState()
    state.type("/zanzibar")
    #expect(state.search.isPartial)
    #expect(state.search.matches.isEmpty, "the last paragraph is beyond what typing reads")
    state.press(.enter)
    #expect(!state.search.isPartial)
    #expect(state.search.matches.count == 1)
    #expect(state.search.current == 0)
    let row = state.body.row(containing: state.search.matches[0].start)
    #expect(row >= state.bodyTop && row < state.bodyTop + state.bodyHeight, "the match is on screen")
    #expect(state.message == nil)
  }

  @Test func typingFindsWhatFollowsAndEnterCountsEveryMatch() throws {
    var state = try Self.longState()
    state.type("/lee hae-chan")
    #expect(state.search.isPartial)
    let typed = state.search.matches.count
    #expect(typed > 100 && typed < 250, "as many as the first million scalars hold")
    #expect(state.search.current == 0)
    state.press(.enter)
    #expect(state.search.matches.count == 250, "once in each copy of the sample")
    #expect(state.search.current == 0, "still the first match after the start")
    #expect(state.statusLine.contains("/lee hae-chan 1/\(state.search.matches.count) "))
  }
}
