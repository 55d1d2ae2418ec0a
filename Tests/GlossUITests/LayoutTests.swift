import Testing

@testable import GlossUI

@Suite("Screen layout")
struct LayoutTests {
  @Test(arguments: [
    (200, 60, ScreenLayout.Mode.wide), (120, 40, .wide), (100, 24, .wide), (99, 40, .medium),
    (80, 24, .medium), (60, 16, .medium), (59, 24, .narrow), (120, 15, .narrow), (40, 12, .narrow),
    (24, 6, .narrow), (23, 12, .tooSmall), (80, 5, .tooSmall),
  ])
  func modeBySize(width: Int, height: Int, mode: ScreenLayout.Mode) {
    #expect(ScreenLayout(width: width, height: height, focus: .body, sideTab: .quotes).mode == mode)
  }

  @Test func wideStacksAllSidePanesBesideTheBody() {
    let layout = ScreenLayout(width: 120, height: 40, focus: .body, sideTab: .quotes)
    #expect(Set(layout.panes.keys) == Set(PaneID.allCases))
    let side = PaneID.side.compactMap { layout.panes[$0] }
    #expect(side.first?.y == 1)
    #expect(side.last?.maxY == 39)
    #expect(zip(side, side.dropFirst()).allSatisfy { $0.maxY == $1.y })
  }

  /// Short lists leave their rows to long ones: Sources showed 3 rows and 6 blank lines while
  /// Entities showed 5 of 20.
  @Test func sidePanesGetRowsByWhatTheyList() {
    #expect(ScreenLayout.sideHeights(38, rows: [14, 21, 4, 4, 2]) == [14, 14, 4, 4, 2])
    #expect(ScreenLayout.sideHeights(38, rows: [3, 3, 3, 3, 2]) == [3, 3, 3, 3, 26])
    #expect(ScreenLayout.sideHeights(20, rows: [30, 30, 30, 30, 30]).reduce(0, +) == 20)
    let layout = ScreenLayout(
      width: 120, height: 40, focus: .body, sideTab: .quotes,
      rowCounts: [.quotes: 13, .entities: 20, .sources: 3, .stances: 3, .notes: 1])
    #expect(layout.contentHeight(.sources) == 3)
    #expect(layout.contentHeight(.entities) > layout.contentHeight(.sources))
    #expect(PaneID.side.map { layout.panes[$0]!.height }.reduce(0, +) == 38)
  }

  @Test func aPaneWithMoreRowsThanItShowsSaysHowMany() throws {
    let state = try ReaderFixtures.handState(width: 120, height: 24)
    let header = try #require(state.screen.firstIndex { $0.contains("3 Entities (") })
    let height = state.layout.contentHeight(.entities)
    let more = state.rows(.entities).count - height
    try #require(more > 0)
    #expect(state.screen[header + height].hasSuffix("↓ \(more) more "))
  }

  @Test func mediumShowsOneTabbedSidePane() {
    let layout = ScreenLayout(width: 80, height: 24, focus: .sources, sideTab: .sources)
    #expect(Set(layout.panes.keys) == [.body, .sources])
    #expect(Set(layout.tabs.keys) == Set(PaneID.side))
  }

  @Test func narrowShowsOnlyTheFocusedPane() {
    let layout = ScreenLayout(width: 40, height: 12, focus: .entities, sideTab: .entities)
    #expect(Array(layout.panes.keys) == [.entities])
    #expect(layout.tabs.count == 6)
  }
}
