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
    #expect(state.message?.text.hasPrefix("Stance: a polarity goes after the colon") == true)
    #expect(state.notes.anchored.isEmpty)
  }

  /// What the newcomer saved: an actor holding a colon. It is refused, says why, and stays in
  /// the prompt to be put right.
  @Test func anActorWithAColonIsRefusedAndKeptForCorrection() throws {
    var state = try NotesFixtures.state()
    state.type("]S")
    state.press(Key.character("\u{15}"))
    let text = "Carnegie-Tsinghua Center for Global Policy: Yang Jiechi: opp THAAD"
    state.type(text)
    state.press(.enter)
    #expect(state.notes.anchored.isEmpty)
    #expect(state.overlay == .prompt(Prompt(kind: .stance(.passage(state.document.quotes[0].span)), text: text)))
    #expect(state.statusLine.contains("one colon only"))
    state.press(.home)
    for _ in 0..<"Carnegie-Tsinghua Center for Global Policy: ".count { state.press(.delete) }
    let note = try #require(ReaderState.savedNote(state.press(.enter)))
    #expect(note.stance == UserStance(actor: "Yang Jiechi", polarity: .oppose, target: "THAAD"))
  }

  @Test func parsing() {
    // What an entry reads as, or the problem it has (values the expectations below compare).
    let parse: (String) -> UserStance? = { try? StanceEntry.parse($0).get() }
    let problem: (String) -> String? = { text in
      if case .failure(let problem) = StanceEntry.parse(text) { problem.message } else { nil }
    }
    #expect(parse("China: oppose THAAD") == UserStance(actor: "China", polarity: .oppose, target: "THAAD"))
    #expect(parse("U.S. Army: m") == UserStance(actor: "U.S. Army", polarity: .mixed))
    #expect(parse("China: opp on THAAD") == UserStance(actor: "China", polarity: .oppose, target: "THAAD"))
    #expect(problem("China oppose")?.contains("a colon goes after the actor") == true)
    #expect(problem(": oppose")?.contains("The actor goes before the colon") == true)
    #expect(problem("China: against")?.contains("\"against\" is not a polarity") == true)
    #expect(problem("A: B: oppose")?.contains("one colon only") == true)
    #expect(StanceEntry.nextActor(in: "B: oppose", among: ["A", "B", "C"]) == "C: oppose")
    #expect(StanceEntry.nextActor(in: "B: Yang: opp", among: ["A", "B", "C"]) == "C: Yang: opp")
    #expect(StanceEntry.nextActor(in: "", among: ["A", "B"]) == "A: ")
  }
}
