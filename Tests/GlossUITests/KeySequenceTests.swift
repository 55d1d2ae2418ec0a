import GlossCore
import Testing

@testable import GlossUI

/// Key handling as a function of state: sequences of keys and what they leave behind.
@Suite("Key sequences")
struct KeySequenceTests {
  @Test func bracketsStepThroughQuotesAndThePaneFollows() throws {
    var state = try ReaderFixtures.handState()
    state.type("]]]")
    #expect(state.currentQuote == 2)
    #expect(state.statusLine.contains("3/5 Tong Zhao"))
    #expect(state.list(.quotes).selected == 2)
    state.type("[")
    #expect(state.statusLine.contains("2/5 Yang Jiechi"))
    state.type("[[[")
    #expect(state.currentQuote == 0)
    #expect(state.message?.text == "First quote")
  }

  @Test func nextQuoteScrollsTheBodyToIt() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    state.type("]]]]]")
    let row = state.body.row(containing: state.document.quotes[4].span.start)
    #expect(row >= state.bodyTop && row < state.bodyTop + state.bodyHeight)
    #expect(state.screen.contains { $0.contains("really backed") || $0.contains("backed itself") })
  }

  @Test func escapeAfterASearchHidesItsMarksAndNStillFindsTheNext() throws {
    var state = try ReaderFixtures.handState()
    state.type("/Moon")
    state.press(.enter)
    #expect(state.statusLine.contains("/Moon 1/4"))
    state.press(.escape)
    #expect(!state.statusLine.contains("/Moon"))
    #expect(!state.statusLine.contains("0/0"))
    let buffer = ReaderView(state: state, theme: .builtin).render()
    let body = try #require(state.layout.panes[.body]).droppingTop(1)
    let marked = (body.y..<body.maxY).contains { y in
      (body.x..<body.maxX).contains { buffer[$0, y].style.attributes.contains(.reverse) }
    }
    #expect(!marked, "no match is drawn as one")
    state.type("n")
    #expect(state.message?.text != "Not found: Moon")
    #expect(state.statusLine.contains("/Moon 2/4"))
  }

  @Test func gAndGMoveThroughTheHelpAndSlashSearchesIt() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    state.type("?G")
    let last = HelpView.maxScroll(lines: state.helpLines.count, height: 24)
    #expect(last > 0)
    #expect(state.overlay == .help(scroll: last))
    state.type("jjk")
    #expect(state.overlay == .help(scroll: last - 1), "j stops at the end, so k moves at once")
    state.type("g")
    #expect(state.overlay == .help(scroll: 0))
    state.type("/stance")
    #expect(state.screen.contains { $0.contains("mark a stance") })
    state.press(.enter)
    let buffer = ReaderView(state: state, theme: .builtin).render()
    let row = try #require((0..<buffer.height).first { buffer.line($0).contains("mark a stance") })
    let column = try #require(buffer.line(row).range(of: "stance")).lowerBound.utf16Offset(in: buffer.line(row))
    #expect(buffer[column, row].style == Theme.builtin.style("search.current"), "the text found is marked")
    let first = try #require(state.helpLines.firstIndex { $0.localizedCaseInsensitiveContains("stance") })
    #expect(state.overlay == .help(scroll: min(first, last)))
    state.type("n")
    let second = try #require(state.helpLines.indices.first { $0 > first && state.helpLines[$0].localizedCaseInsensitiveContains("stance") })
    #expect(state.overlay == .help(scroll: min(second, last)))
    state.type("/zzz")
    state.press(.enter)
    #expect(state.message?.text == "Not found: zzz")
    state.press(.escape)
    #expect(state.overlay == .none)
  }

  @Test func incrementalSearchThenNextAndPrevious() throws {
    var state = try ReaderFixtures.handState()
    state.type("/Mo")
    #expect(state.overlay == .prompt(Prompt(kind: .search, text: "Mo")))
    state.type("on")
    let matches = state.search.matches
    #expect(matches.count == 4)
    #expect(state.statusLine.hasPrefix("/Moon"))
    state.press(.enter)
    #expect(state.overlay == .none)
    #expect(state.search.current == 0)
    state.type("n")
    #expect(state.search.current == 1)
    #expect(state.statusLine.contains("/Moon 2/4"))
    state.type("NN")
    #expect(state.search.current == 3)
    #expect(state.message?.text == "Search wrapped to the bottom")
  }

  @Test func escapeCancelsSearchAndRestoresPosition() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    state.type("/Kim")
    #expect(state.bodyTop > 0)
    state.press(.escape)
    #expect(state.bodyTop == 0)
    #expect(state.search.matches.isEmpty)
    #expect(state.overlay == .none)
  }

  @Test func searchWithNoMatchSaysSo() throws {
    var state = try ReaderFixtures.handState()
    state.type("/zzzz")
    state.press(.enter)
    #expect(state.message == StatusMessage("Not found: zzzz", isError: true))
  }

  @Test func tabAndNumbersMoveFocus() throws {
    var state = try ReaderFixtures.handState()
    state.press(.tab)
    #expect(state.focus == .quotes)
    state.press(.backTab)
    state.press(.backTab)
    #expect(state.focus == .notes)
    state.type("3")
    #expect(state.focus == .entities)
    state.type("1")
    #expect(state.focus == .body)
  }

  @Test func listSelectionSkipsHeadingsAndStopsAtTheEnds() throws {
    var state = try ReaderFixtures.handState(width: 120, height: 40)
    state.type("3")
    let rows = state.document.rows(.entities)
    let items = rows.indices.filter { rows[$0].target != nil }
    #expect(items.count < rows.count, "the entities pane has headings")
    #expect(state.list(.entities).selected == items[0])
    for expected in items.dropFirst() {
      state.type("j")
      #expect(state.list(.entities).selected == expected)
    }
    state.type("j")
    #expect(state.list(.entities).selected == items.last, "stays on the last item")
    state.type("kk")
    #expect(state.list(.entities).selected == items[items.count - 3])
    state.type("g")
    #expect(state.list(.entities).selected == items[0])
    state.type("G")
    #expect(state.list(.entities).selected == items.last)
  }

  @Test func enterOnAnEntityVisitsEachMentionInTurn() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    state.type("3")
    let target = try #require(state.document.rows(.entities)[state.list(.entities).selected].target)
    guard case .entity(let id) = target else { throw CancellationError() }
    let entity = try #require(state.document.annotations.entity(id))
    let mentions = entity.mentions
    state.press(.enter)
    #expect(state.message?.text == "\(entity.name) 1/\(mentions.count)")
    state.press(.enter)
    #expect(state.message?.text == "\(entity.name) 2/\(mentions.count)")
    let row = state.body.row(containing: mentions[1].start)
    #expect(row >= state.bodyTop && row < state.bodyTop + state.bodyHeight)
    #expect(state.jumpedTo == mentions[1])
    let buffer = ReaderView(state: state, theme: .builtin).render()
    let text = state.screen[row - state.bodyTop + 2]
    let column = text.distance(from: text.startIndex, to: try #require(text.range(of: state.document.article.string(mentions[1]))).lowerBound)
    #expect(buffer[column, row - state.bodyTop + 2].style.attributes.isSuperset(of: [.bold, .underline]), "the mention is marked")
    state.press(.escape)
    #expect(state.jumpedTo == nil)
  }

  @Test func enterInTheNarrowLayoutShowsTheBody() throws {
    var state = try ReaderFixtures.handState(width: 40, height: 12)
    state.type("2jjj")
    state.press(.enter)
    #expect(state.focus == .body)
    #expect(state.currentQuote == 3)
    let row = state.body.row(containing: state.document.quotes[3].span.start)
    #expect(row > state.bodyTop && row < state.bodyTop + state.bodyHeight)
    #expect(state.screen.contains { $0.contains("But THAAD") })
  }

  @Test func highlightCyclesThroughThreeModes() throws {
    var state = try ReaderFixtures.handState()
    state.type("s")
    #expect(state.highlight == .stance)
    state.type("s")
    #expect(state.highlight == .off)
    state.type("s")
    #expect(state.highlight == .actor)
  }

  @Test func helpOpensAndEscapeCloses() throws {
    var state = try ReaderFixtures.handState()
    state.type("?")
    #expect(state.screen.contains { $0.contains("Keys — Esc closes") })
    #expect(state.screen.contains { $0.contains("next quote (from anywhere)") })
    state.type("j")
    #expect(state.overlay == .help(scroll: 1))
    state.press(.escape)
    #expect(state.overlay == .none)
    #expect(!state.screen.contains { $0.contains("Keys — Esc closes") })
  }

  @Test func commandsQuitAndSwitchTheme() throws {
    var state = try ReaderFixtures.handState()
    state.type(":theme light")
    #expect(state.press(.enter) == .loadTheme("light"))
    state.type(":nonsense")
    state.press(.enter)
    #expect(state.message?.isError == true)
    state.type(":q")
    #expect(state.press(.enter) == .quit)
    #expect(state.type("q") == .quit)
  }

  @Test func topBottomAndPaging() throws {
    var state = try ReaderFixtures.handState(width: 80, height: 24)
    state.type("G")
    #expect(state.percent == 100)
    state.type("g")
    #expect(state.bodyTop == 0)
    state.type(" ")
    #expect(state.bodyTop == state.bodyHeight - 1)
    state.type("b")
    #expect(state.bodyTop == 0)
  }

  @Test func enterOnTheFoldLineUnfoldsPublisherText() throws {
    var state = try ReaderFixtures.handState()
    let folded = state.body.rows.count
    state.type("G")
    state.press(.enter)
    #expect(state.body.isExpanded)
    #expect(state.body.rows.count > folded)
    #expect(state.screen.contains { $0.contains("publisher text — Enter to fold") })
  }

  /// Folding keeps the body's rows and wraps only the publisher text, so it costs the same on
  /// a long article; the rows are those of the layout made whole.
  @Test func foldingRewrapsOnlyThePublisherText() throws {
    let state = try ReaderFixtures.handState()
    let document = state.document
    for width in [30, 64, 80] {
      let folded = BodyLayout(document: document, width: width, expanded: false)
      let unfolded = BodyLayout(document: document, width: width, expanded: true)
      #expect(folded.foldRow != nil)
      var layout = folded
      layout.fold(expanded: true, document: document)
      #expect(layout.rows == unfolded.rows && layout.isExpanded && layout.foldRow == unfolded.foldRow)
      layout.fold(expanded: false, document: document)
      #expect(layout.rows == folded.rows && !layout.isExpanded && layout.foldRow == folded.foldRow)
      layout.fold(expanded: false, document: document)
      #expect(layout.rows == folded.rows, "folding what is folded changes nothing")
    }
  }

  @Test func remappedKeysReplaceTheDefaults() throws {
    var state = try ReaderFixtures.handState()
    state.keyMap.bind(.nextQuote, to: [.character("J")])
    state.type("]")
    #expect(state.currentQuote == nil)
    state.type("J")
    #expect(state.currentQuote == 0)
  }

  @Test func mouseWheelScrollsThePaneUnderItAndClickFocuses() throws {
    var state = try ReaderFixtures.handState()
    _ = state.update(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
    #expect(state.bodyTop == ReaderState.wheelStep)
    let entities = try #require(state.layout.panes[.entities])
    _ = state.update(.mouse(MouseEvent(.click, x: entities.x + 3, y: entities.y + 2)))
    #expect(state.focus == .entities)
    #expect(state.list(.entities).selected == 1)
  }

  @Test func clickingAQuoteInTheBodyMakesItCurrent() throws {
    var state = try ReaderFixtures.handState()
    let y = try #require(state.screen.firstIndex { $0.contains("‘normal track,’") })
    let x = state.screen[y].distance(of: "normal track")
    _ = state.update(.mouse(MouseEvent(.click, x: x + 2, y: y)))
    #expect(state.currentQuote == 0)
    #expect(state.statusLine.contains("1/5 Xi Jinping"))
    _ = state.update(.mouse(MouseEvent(.click, x: 1, y: y + 4)))
    #expect(state.currentQuote == 0)
  }

  @Test func resizingKeepsTheReadingPosition() throws {
    var state = try ReaderFixtures.handState()
    state.type("]]]")
    let offset = state.body.rows[state.bodyTop].span.start
    _ = state.update(.resize(width: 50, height: 14))
    #expect(state.layout.mode == .narrow)
    _ = state.update(.resize(width: 20, height: 5))
    #expect(state.screen.contains { $0.contains("Terminal too small") })
    _ = state.update(.resize(width: 120, height: 40))
    #expect(state.layout.mode == .wide)
    #expect(abs(state.body.rows[state.bodyTop].span.start - offset) < 200)
    #expect(state.statusLine.contains("3/5 Tong Zhao"))
  }
}

extension String {
  /// The column where `text` starts in this line of plain-width characters.
  func distance(of text: String) -> Int {
    distance(from: startIndex, to: range(of: text)!.lowerBound)
  }
}
