import GlossCore
import Testing

@testable import GlossUI

/// A speaker only guessed (carried over from an earlier quote) is marked as such in the quotes
/// pane ("Name?") and in the status line ("(guessed)"); a speaker named next to the quote is not.
@Suite("Guessed speakers in the reader")
struct AttributionConfidenceTests {
  func state() throws -> ReaderState {
    let article = try ReaderFixtures.article(
      """
      Harbour vote

      “The plan is dead,” said Ana Lind. Tom Reed met the council on Monday. “The vote was close.”
      """)
    func at(_ snippet: String) -> Span { ReaderFixtures.span(snippet, in: article) }
    let quotes = [
      Quote(
        id: "q1", span: at("The plan is dead"), text: "The plan is dead", kind: .direct,
        speaker: SpeakerRef(entity: nil, name: "Ana Lind", span: at("Ana Lind"), confidence: .high)),
      Quote(
        id: "q2", span: at("The vote was close."), text: "The vote was close.", kind: .direct,
        speaker: SpeakerRef(entity: nil, name: "Tom Reed", span: at("Tom Reed"), confidence: .low)),
    ]
    return ReaderFixtures.state(article, Annotations(quotes: quotes))
  }

  @Test func theQuotesPaneMarksOnlyTheGuessedSpeaker() throws {
    let screen = try state().screen
    #expect(screen.contains { $0.contains("Tom Reed?: The vote was close.") })
    #expect(screen.contains { $0.contains("Ana Lind: The plan is dead") })
    #expect(!screen.contains { $0.contains("Ana Lind?") })
  }

  @Test func theStatusLineSaysTheSpeakerIsGuessed() throws {
    var state = try state()
    state.type("]")
    #expect(state.statusLine.contains("1/2 Ana Lind"))
    #expect(!state.statusLine.contains("guessed"))
    state.type("]")
    #expect(state.statusLine.contains("2/2 Tom Reed (guessed)"))
  }
}

/// A stance of low confidence reads "oppose?" in the stances pane; a sure one has no mark.
@Suite("Unsure stances in the reader")
struct StanceConfidenceRowTests {
  @Test func theStancesPaneMarksOnlyTheUnsureStance() throws {
    let article = try ReaderFixtures.article(
      """
      Harbour vote

      Ana Lind opposes the tunnel. Tom Reed called the tunnel a gift.
      """)
    let stances = [
      Stance(
        actor: "lind", name: "Ana Lind", target: "tunnel", polarity: .oppose,
        evidence: [ReaderFixtures.span("Ana Lind opposes the tunnel", in: article)], confidence: .high),
      Stance(
        actor: "reed", name: "Tom Reed", target: "tunnel", polarity: .support,
        evidence: [ReaderFixtures.span("Tom Reed called the tunnel a gift", in: article)], confidence: .low),
    ]
    let screen = ReaderFixtures.state(article, Annotations(stances: stances), width: 160, height: 40).screen
    #expect(screen.contains { $0.contains("▲ support? Tom Reed on tunnel") })
    #expect(screen.contains { $0.contains("▼ oppose   Ana Lind on tunnel") })
  }
}
