import Testing

@testable import GlossCore

/// No going back on the regression set in `Regression/` (articles written for the project, whose
/// errors rules were fixed on): quote F1 and speaker accuracy of at least 0.90.
@Suite("Quote regression set")
struct QuoteRegressionTests {
  @Test func quotesAndSpeakersMeetTheGoal() throws {
    let counts = try QuoteRegression.run()
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
