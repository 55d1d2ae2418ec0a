import Testing

@testable import GlossCore

/// Sides that no single stance word shows, on wording written for these tests: the topic
/// receiving a side from a holder named after "of" or "from", someone naming the topic by
/// what they think of it, and someone giving it money.
@Suite("Stance constructions")
struct StanceConstructionTests {
  static let candidate = StanceObjectTests.candidate
  static let opening = "Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday."

  @Test func aSideTheTopicReceivesBelongsToTheOneNamedAfterOfOrFrom() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) Brennan won the backing of Mayor Alice Okafor on Monday. Brennan drew sharp criticism from Senator Luis Ortega. Brennan did not win the support of the Farmers Union. Brennan secured the endorsement of Ohio’s Governor Ana Diaz in May. Brennan won the votes of Nina Patel’s neighbours.
      """, headline: Self.candidate)
    #expect(text.stance("Alice Okafor") == .support)
    #expect(text.evidence("Alice Okafor").contains { $0.contains("Brennan won the backing of Mayor Alice Okafor") })
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Farmers Union") == .oppose, "a negation before the verb turns it")
    #expect(text.stance("Ana Diaz") == .support, "the person a place describes")
    #expect(text.stance("Nina Patel") == nil, "votes are no side")
  }

  @Test func callingTheTopicSomethingGoodOrBadTakesASide() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) Senator Luis Ortega called Brennan a liar and a fraud. Mayor Alice Okafor called Brennan a great leader. Nina Patel called Brennan on Monday to talk about the budget. Raj Mehta called Brennan “a dishonest man” at the fair. Ana Diaz called Brennan shortly after the great win to talk. Omar Reed called Brennan's public feud unusual. Lena Voss called Brennan silly and reckless.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.evidence("Luis Ortega").contains { $0.contains("called Brennan a liar and a fraud") })
    #expect(text.stance("Alice Okafor") == .support)
    #expect(text.stance("Nina Patel") == nil)
    #expect(text.evidence("Raj Mehta").contains { $0.contains("called Brennan “a dishonest man”") }, "in quotation marks")
    #expect(text.stance("Ana Diaz") == nil, "an adverb after the name: she telephoned him")
    #expect(text.stance("Omar Reed") == nil, "the feud is named, not Brennan")
    #expect(text.stance("Lena Voss") == .oppose, "an adjective in -ly")
  }

  @Test func withholdingAnEndorsementAndCampaigningWith() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) Senator Luis Ortega has withheld his endorsement of Brennan. Mayor Alice Okafor campaigned with Brennan across the north.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Alice Okafor") == .support)
  }

  @Test func givingMoneyToTheTopicSupportsIt() throws {
    let text = try AnnotatedText(
      """
      The Harbor Fund has raised more than $40 million this year. The Harbor Fund backs Governor Tom Brennan.

      Nina Patel, who owns a chain of bakeries, has sent $250,000 since June to the Harbor Fund, her office said. Raj Mehta has not given $1 to the Harbor Fund. Senator Luis Ortega gave a speech to the Harbor Fund in May. Mayor Alice Okafor sent two thousand letters to the Harbor Fund.
      """, headline: "Harbor Fund money floods the race")
    #expect(text.annotations.topics.first?.name == "Harbor Fund")
    #expect(text.stance("Nina Patel") == .support)
    #expect(text.evidence("Nina Patel").contains { $0.contains("sent $250,000 since June to the Harbor Fund") })
    #expect(text.stance("Raj Mehta") == .oppose, "a negation before the verb turns it")
    #expect(text.stance("Luis Ortega") == nil, "a speech is no money")
    #expect(text.stance("Alice Okafor") == nil, "nor are letters")
  }
}

