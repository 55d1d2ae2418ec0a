import GlossCore
import Testing

@testable import GlossUI

/// Whole screens of the THAAD sample with hand-written annotations (so that a change of the
/// annotation rules does not rewrite them), compared line by line with the golden files in
/// Snapshots/ (re-record with GLOSS_RECORD_SNAPSHOTS=1).
@Suite("Snapshots")
struct SnapshotTests {
  static func screen(width: Int, height: Int, keys: String = "") throws -> [String] {
    let article = try ReaderFixtures.thaad()
    var state = ReaderFixtures.state(article, ReaderFixtures.handAnnotations(for: article), width: width, height: height)
    state.type(keys)
    return state.screen
  }

  @Test(arguments: [(120, 40), (80, 24), (40, 12)])
  func thaad(width: Int, height: Int) throws {
    try Snapshot.expect(try Self.screen(width: width, height: height), matches: "thaad-\(width)x\(height)")
  }

  @Test func thaadHelpAt80x24() throws {
    try Snapshot.expect(try Self.screen(width: 80, height: 24, keys: "?"), matches: "thaad-80x24-help")
  }

  /// The attributes of every cell with the monochrome theme, one letter a cell (see
  /// `Snapshot.attributeCodes`): what stands out when there is no colour.
  @Test func thaadMonochromeAttributesAt80x24() throws {
    let article = try ReaderFixtures.thaad()
    var state = ReaderFixtures.state(article, ReaderFixtures.handAnnotations(for: article), width: 80, height: 24)
    state.type("]/China")
    state.press(.enter)
    let buffer = ReaderView(state: state, theme: try ReaderFixtures.themes.loadExactly("monochrome")).render()
    try Snapshot.expect(Snapshot.attributeCodes(buffer), matches: "thaad-80x24-monochrome-attributes")
  }

  @Test func thaadNarrowQuotesPane() throws {
    try Snapshot.expect(try Self.screen(width: 40, height: 12, keys: "2"), matches: "thaad-40x12-quotes")
  }
}
