import Testing

@testable import GlossUI

/// `]` and `[` go from the current quote while it is on screen, else from where the reader has
/// scrolled to, as `n` and `N` in less go from the screen.
@Suite("Quote steps from the screen")
struct QuoteStepFromScreenTests {
  /// The text offset of the first row on screen.
  func top(_ state: ReaderState) -> Int { state.body.rows[state.bodyTop].span.start }

  @Test func afterGoingToTheTopTheNextQuoteIsTheFirstOnScreen() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    state.type("]]]]]")
    #expect(state.currentQuote == 4)
    state.type("g]")
    #expect(state.message?.text != "Last quote")
    #expect(state.currentQuote == state.document.quotes.firstIndex { $0.span.start >= 0 })
  }

  @Test func afterGoingToTheBottomThePreviousQuoteIsTheLastAboveTheScreen() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    state.type("]")
    #expect(state.currentQuote == 0)
    state.type("G")
    let top = top(state)
    state.type("[")
    #expect(state.message?.text != "First quote")
    let expected = state.document.quotes.lastIndex { $0.span.start < top }
    #expect(expected != nil && state.currentQuote == expected)
  }

  @Test func scrollingAwayAndStepingGoesToTheFirstQuoteFromTheTop() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    state.type("]")
    for _ in 0..<30 { state.type("j") }
    let top = top(state)
    state.type("]")
    #expect(state.currentQuote == state.document.quotes.firstIndex { $0.span.start >= top })
  }

  @Test func aCurrentQuoteOnScreenStepsAsBefore() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    state.type("]]")
    state.type("]")
    #expect(state.currentQuote == 2)
  }
}
