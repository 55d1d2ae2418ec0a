import GlossCore
import Testing

@testable import GlossUI

/// What each pane shows for the THAAD sample with hand-made annotations (independent of the
/// extractors), at the wide layout.
@Suite("Panes")
struct PaneTests {
  let screen: [String]

  init() throws { screen = try ReaderFixtures.handState().screen }

  func lines(containing text: String) -> [String] { screen.filter { $0.contains(text) } }

  /// At 80x24 the body's title and the side pane's tab both showed `▸`: only the focused one
  /// has it now.
  @Test func onlyTheFocusedPaneIsMarked() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    #expect(state.screen[1].count { $0 == "▸" } == 1)
    #expect(state.screen[1].hasPrefix("▸ 1 Article"))
    state.type("2")
    #expect(state.screen[1].count { $0 == "▸" } == 1)
    #expect(state.screen[1].contains("▸2 Quo"))
  }

  @Test func titleBarShowsHeadlineAndSource() {
    #expect(screen[0].contains("US’ THAAD Anti-Missile System Sabotaging Peace Between South Korea and China"))
  }

  @Test func quotesPaneListsSpeakerAndOpeningWords() {
    #expect(!lines(containing: "2 Quotes (5)").isEmpty)
    #expect(!lines(containing: "Xi Jinping: normal track").isEmpty)
    #expect(!lines(containing: "Yang Jiechi: hopes that").isEmpty)
  }

  /// The quotes pane makes a row as it reads it: row `n` is quote `n`, in text order, and its
  /// target is known without making it.
  @Test func quoteRowsAreMadeAsTheyAreRead() throws {
    let state = try ReaderFixtures.handState()
    let rows = state.rows(.quotes)
    #expect(rows.count == state.document.quotes.count)
    for (number, quote) in state.document.quotes.enumerated() {
      #expect(rows.target(at: number) == .quote(number))
      #expect(rows[number].target == .quote(number))
      #expect(rows[number].pieces.map(\.text).joined() == "\(quote.speaker?.name ?? "unattributed"): \(PaneRows.oneLine(quote.text))")
      #expect(state.document.rowIndex(of: .quote(number), in: .quotes) == number)
    }
    #expect(state.document.rowIndex(of: .quote(rows.count), in: .quotes) == nil)
  }

  @Test func entitiesPaneGroupsByTypeWithCounts() throws {
    let screen = try ReaderFixtures.handState(width: 200, height: 60).screen
    let people = try #require(screen.firstIndex { $0.contains("│ People") })
    let places = try #require(screen.firstIndex { $0.contains("│ Places") })
    #expect(people < places)
    #expect(screen[people + 1].contains("Moon Jae-in ×3") || screen[people + 1].contains("Xi Jinping ×3"))
    #expect(screen.contains { $0.contains("Organisations") })
  }

  @Test func sourcesPaneSaysHowEachIsCited() {
    #expect(!lines(containing: "Reuters — report").isEmpty)
    #expect(!lines(containing: "CNN — article “Can South Korea").isEmpty)
  }

  @Test func stancesPaneShowsGlyphAndWord() {
    #expect(!lines(containing: "▼ oppose   China on THAAD").isEmpty)
    #expect(!lines(containing: "● neutral  Tong Zhao on THAAD").isEmpty)
  }

  @Test func statusLineCountsQuotesAndShowsMode() {
    #expect(screen.last!.contains("–/5 quotes"))
    #expect(screen.last!.contains("by actor"))
    #expect(screen.last!.contains("? help"))
  }

  @Test func boilerplateIsFoldedToOneLine() throws {
    var state = try ReaderFixtures.handState()
    state.type("G")
    #expect(state.screen.contains { $0.contains("paragraphs of publisher text — Enter to show") })
    #expect(!state.screen.contains { $0.contains("We have a small favor to ask") })
  }

  @Test func currentQuoteStandsOutWithoutColour() throws {
    var state = try ReaderFixtures.handState()
    state.type("]")
    let theme = try ReaderFixtures.themes.loadExactly("monochrome")
    let buffer = ReaderView(state: state, theme: theme).render()
    let y = try #require(buffer.lines.firstIndex { $0.contains("normal track") && $0.contains("“China wants") })
    let x = try #require(buffer.lines[y].range(of: "normal track").map { buffer.lines[y].distance(from: buffer.lines[y].startIndex, to: $0.lowerBound) })
    #expect(buffer[x, y].style.attributes.contains(.underline))
    #expect(buffer[x, y].style.foreground == nil)
  }

  @Test func listsSayWhenEmpty() throws {
    let state = ReaderFixtures.state(try ReaderFixtures.thaad())
    #expect(state.screen.contains { $0.contains("(none found)") })
    #expect(state.statusLine.contains("no quotes"))
  }
}
