import Testing

@testable import GlossCore

/// The quality goal on articles the rules were not written for: quote F1 and speaker accuracy
/// of at least 0.90 on the held-out corpus in `Evaluation/`.
@Suite("Held-out evaluation")
struct QuoteEvaluationTests {
  @Test func quotesAndSpeakersMeetTheGoal() throws {
    let counts = try QuoteEvaluation.run()
    let report = """
      quotes: gold \(counts.gold), found \(counts.found), matched \(counts.matched); \
      P \(counts.precision), R \(counts.recall), F1 \(counts.f1); direct-kind F1 \(counts.directF1); \
      speakers \(counts.speakersRight)/\(counts.speakersJudged) = \(counts.speakerAccuracy)
      \(counts.errors.joined(separator: "\n"))
      """
    print(report)
    #expect(counts.gold >= 100)
    #expect(counts.f1 >= 0.90, "\(report)")
    #expect(counts.speakerAccuracy >= 0.90, "\(report)")
  }
}
