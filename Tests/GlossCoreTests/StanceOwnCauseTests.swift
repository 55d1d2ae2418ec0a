import Testing

@testable import GlossCore

/// The person an article is about stands behind their own cause when it quotes them, on wording
/// written for these tests: support, with their own words as evidence; a person it only talks
/// about, and a topic that is not a person, take no side of their own; the owner or author of a
/// plan or a remark the article turns on stands behind it.
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
      The Grain Council wants a new rebate on exports. The Grain Council has fought for it since 2019.

      “The rebate is fair, and farmers need it,” the Grain Council said in a statement on Friday.
      """, headline: "Grain Council pushes a new rebate")
    #expect(text.annotations.topics.first?.name == "Grain Council")
    #expect(text.stance("Grain Council") == nil)
  }

  /// A phrase topic's owner stands behind it where the noun names what the owner made ("Diaz's
  /// plan"), not what is done to them ("Ruiz's impeachment"); so does whoever unveils it.
  @Test func theOwnerOrAuthorOfAPhraseTopicSupportsIt() throws {
    let plan = try AnnotatedText(
      """
      Mayor Ana Diaz wants a toll on the old river bridge. Diaz's new plan would pay for repairs. Senator Luis Ortega said the plan would hurt small shops. The plan goes to the council in May.
      """, headline: "Council weighs bridge toll plan")
    #expect(plan.annotations.topics.first?.name == "the plan")
    #expect(plan.stance("Ana Diaz") == .support)
    #expect(plan.evidence("Ana Diaz") == ["Diaz's new plan"])
    let unveiled = try AnnotatedText(
      """
      Mayor Ana Diaz unveiled a plan on Monday for a toll on the old river bridge. The plan would pay for repairs. The plan goes to the council in May.
      """, headline: "Council weighs bridge toll plan")
    #expect(unveiled.stance("Ana Diaz") == .support)
    let impeachment = try AnnotatedText(
      """
      Judge Tom Ruiz faces a vote in the house on Friday.

      Ruiz's impeachment was first urged in March by a group of lawmakers. Senator Luis Ortega backed the impeachment in April.

      The impeachment would be the first in the state.
      """, headline: "House to vote on a judge's impeachment")
    #expect(impeachment.annotations.topics.contains { $0.name == "the impeachment" })
    #expect(impeachment.stance("Luis Ortega") == .support)
    #expect(impeachment.stance("Tom Ruiz") == nil, "the impeachment is done to Ruiz")
  }
}
