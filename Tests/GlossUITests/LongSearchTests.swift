import Foundation
import GlossCore
import GlossTestSupport
import Testing

@testable import GlossUI

/// Search in an article too long to search whole on every key typed: while typing, only the
/// text after where the search started is read; Enter searches it all, in the background
/// (``ReaderChores``; here done at once with ``ReaderState/finishWholeSearch()``).
@Suite("Search in a long article")
struct LongSearchTests {
  /// The THAAD sample's body 250 times (about 1.2 million scalars), "Zanzibar" only in the last
  /// paragraph.
  static func longState() throws -> ReaderState {
    let text = try LongArticle.text(copies: 250, headline: "A long article", ending: "The envoy later flew to Zanzibar.")
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
    #expect(state.wantedSearch?.query == "zanzibar")
    #expect(state.message == nil, "no “Not found” before the whole text is searched")
    #expect(state.statusLine.contains("searching the whole text…"))
    state.finishWholeSearch()
    #expect(state.wantedSearch == nil)
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
    #expect(state.search.matches.count == typed, "the matches typed stay until the whole text is searched")
    state.press(.character("N"))
    #expect(state.search.current == 0 && state.message?.text == "Still searching the whole text…", "no wrapping meanwhile")
    state.finishWholeSearch()
    #expect(state.search.matches.count == 250, "once in each copy of the sample")
    #expect(state.search.current == 0, "still the first match after the start")
    #expect(state.statusLine.contains("/lee hae-chan 1/\(state.search.matches.count) "))
  }

  @Test func aWholeSearchNoLongerWantedIsDropped() throws {
    var state = try Self.longState()
    state.type("/lee hae-chan")
    state.press(.enter)
    let old = try #require(state.wantedSearch)
    state.type("/zanzibar")
    #expect(state.wantedSearch == nil, "typing another query drops the search of the whole text")
    state.showSearchResults([Span(0, 12)], for: old, ofLength: state.document.article.length)
    #expect(state.search.query == "zanzibar" && state.search.isPartial && state.search.matches.isEmpty)
    state.press(.escape)
    #expect(state.wantedSearch == old, "Esc brings the search back, still waiting for the whole text")
    state.showSearchResults([Span(0, 12)], for: old, ofLength: 10)
    #expect(state.wantedSearch == old, "a search of another text is dropped")
  }
}

extension ReaderState {
  /// Does the search of the whole text the state waits for, here and now, as ``ReaderChores``
  /// does on a thread of its own.
  mutating func finishWholeSearch() {
    guard let wanted = wantedSearch else { return }
    showSearchResults(TextSearch.matches(of: wanted.query, in: document), for: wanted, ofLength: document.article.length)
  }
}
