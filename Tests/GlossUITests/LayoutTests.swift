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
