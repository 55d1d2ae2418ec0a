import Testing

@testable import GlossCore

/// The person an article is about stands behind their own cause when it quotes them, on wording
/// written for these tests: support, with their own words as evidence; a person it only talks
/// about, and a topic that is not a person, take no side of their own.
@Suite("Stances of the topic's own person")
struct StanceOwnCauseTests {
  static let candidate = StanceObjectTests.candidate

  @Test func theTopicQuotedByNameSupportsTheirOwnCause() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      “The roads are finally fixed, and the schools are next,” Brennan said at a rally in Dayton.

      Senator Luis Ortega opposed Brennan from the start.
      """, headline: Self.candidate)
    #expect(text.stance("Tom Brennan") == .support)
    #expect(text.evidence("Tom Brennan") == ["The roads are finally fixed, and the schools are next"])
    #expect(text.stance("Luis Ortega") == .oppose)
    let own = try #require(text.annotations.stances.first { $0.name == "Tom Brennan" })
    let other = try #require(text.annotations.stances.first { $0.name == "Luis Ortega" })
    #expect(text.annotations.targetLabel(of: own) == "own cause")
    #expect(text.annotations.targetLabel(of: other) == "Tom Brennan")
  }

  @Test func aTopicOnlyTalkedAboutTakesNoSide() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      “Brennan fixed the roads, and the schools are next,” said Senator Luis Ortega at a rally in Dayton.
      """, headline: Self.candidate)
    #expect(text.stance("Tom Brennan") == nil)
  }

  @Test func anOrganisationTopicTakesNoSide() throws {
    let text = try AnnotatedText(
      """
      The Grain Council wants a new levy on exports. The Grain Council has fought for it since 2019.

      “The levy is fair, and farmers need it,” the Grain Council said in a statement on Friday.
      """, headline: "Grain Council pushes a new levy")
    #expect(text.annotations.topics.first?.name == "Grain Council")
    #expect(text.stance("Grain Council") == nil)
  }
}
