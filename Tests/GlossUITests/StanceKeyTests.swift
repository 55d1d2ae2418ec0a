import GlossCore
import Testing

@testable import GlossUI

/// `S`: the reader's stance on a passage, typed as "ACTOR: POLARITY [TARGET]", shown in the
/// stances pane as the reader's and winning over the automatic stance of that actor.
@Suite("Stances by key")
struct StanceKeyTests {
  @Test func aStanceOnTheCurrentQuoteReplacesTheAutomaticOneForItsActor() throws {
    var state = try NotesFixtures.state(width: 200, height: 60)
    state.type("]]]S")
    #expect(state.statusLine.hasPrefix("stance: Tong Zhao: "))
    state.type("sup on relations")
    let note = try #require(ReaderState.savedNote(state.press(.enter)))
    #expect(note.stance == UserStance(actor: "Tong Zhao", polarity: .support, target: "relations"))
    #expect(note.motivation == .classifying)
    let rows = state.rows(.stances).map { $0.pieces.map(\.text).joined() }
    #expect(rows.first == "▲ support  Tong Zhao on relations ✎ yours")
    #expect(!rows.contains { $0.contains("neutral  Tong Zhao") })
    #expect(rows.count == 3)
    #expect(state.screen.contains { $0.contains("▲ support  Tong Zhao on relations ✎ yours") })
    state.type("5")
    state.press(.enter)
    #expect(state.currentNote == note.id)
  }

  @Test func tabOffersTheNextActorAndBadTextSaysWhatToType() throws {
    var state = try NotesFixtures.state()
    state.type("]]]S")
    state.press(.tab)
    guard case .prompt(let prompt) = state.overlay else { Issue.record("no prompt"); return }
    #expect(prompt.text != "Tong Zhao: ")
    #expect(prompt.text.hasSuffix(": "))
    state.press(.enter)
    #expect(state.message == StatusMessage(StanceEntry.usage, isError: true))
    #expect(state.notes.anchored.isEmpty)
  }

  @Test func parsing() {
    #expect(StanceEntry.parse("China: oppose THAAD") == UserStance(actor: "China", polarity: .oppose, target: "THAAD"))
    #expect(StanceEntry.parse("U.S. Army: m") == UserStance(actor: "U.S. Army", polarity: .mixed))
    #expect(StanceEntry.parse("China oppose") == nil)
    #expect(StanceEntry.parse(": oppose") == nil)
    #expect(StanceEntry.parse("China: against") == nil)
    #expect(StanceEntry.nextActor(in: "B: oppose", among: ["A", "B", "C"]) == "C: oppose")
    #expect(StanceEntry.nextActor(in: "", among: ["A", "B"]) == "A: ")
  }
}
