import Testing

@testable import GlossCore

/// The article's topic, on wording written for these tests: the one who opens a headline acts
/// or speaks, and the topic is what the headline says they act or speak on.
@Suite("Topics")
struct TopicTests {
  @Test func theHeadlinesSubjectIsAnActorAndItsObjectTheTopic() throws {
    let text = try AnnotatedText(
      """
      Mayor Alice Okafor spoke at the town hall on Monday. Okafor said Governor Tom Brennan had failed the towns. Brennan did not answer. Brennan is running again this fall, and Okafor has led the city for six years.
      """, headline: "Alice Okafor Shares Her Thoughts On Tom Brennan")
    #expect(text.annotations.topics.first?.name == "Tom Brennan")
  }

  /// A place named as where a contest happens is no topic: with nothing else in the headline,
  /// the one who acts there is.
  @Test func aPlaceWhereAContestHappensIsNoTopic() throws {
    let body = """
      Governor Tom Brennan won the primary on Tuesday, beating Mayor Alice Okafor by ten points. Brennan thanked voters in Dayton and Akron. Okafor conceded in Toledo. Brennan now faces a harder race, and Brennan said he was ready for it. Ohio voters turned out in large numbers across Ohio, and Ohio officials said the count was smooth.
      """
    for headline in [
      "Tom Brennan Wins Ohio's Primary", "Tom Brennan Wins The Ohio Democratic Primary", "Tom Brennan Wins The Battle For Ohio",
      "Tom Brennan Wins Ohio",
    ] {
      let text = try AnnotatedText(body, headline: headline)
      #expect(text.annotations.topics.first?.name == "Tom Brennan", "\(headline)")
      #expect(!text.annotations.topics.map(\.name).contains("Ohio"), "\(headline)")
    }
    // A contest noun further on is no setting's ("Blasts Ohio Over Vote Delay").
    let blame = try AnnotatedText(body, headline: "Tom Brennan Blasts Ohio Over Vote Delay")
    #expect(blame.annotations.topics.map(\.name).contains("Ohio"))
    let campaign = try AnnotatedText(body, headline: "Alice Okafor Campaigns Against Tom Brennan In Ohio")
    #expect(campaign.annotations.topics.first?.name == "Tom Brennan")
    #expect(!campaign.annotations.topics.map(\.name).contains("Ohio"))
  }

  @Test func aSourceBeforeAColonIsNoTopic() throws {
    let text = try AnnotatedText(
      """
      Mayor Alice Okafor spoke at the town hall on Monday. Okafor said Governor Tom Brennan had failed the towns. Brennan did not answer. Brennan is running again this fall, and Okafor has led the city for six years.
      """, headline: "Alice Okafor: Tom Brennan Failed The Towns")
    #expect(text.annotations.topics.first?.name == "Tom Brennan")
  }

  @Test func twoNamesJoinedByAndAreBothTopics() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel and the Ferry Plan were debated on Monday. The Harbor Tunnel would cost more. The Ferry Plan would take longer.
      """, headline: "Harbor Tunnel and Ferry Plan")
    #expect(text.annotations.topics.map(\.name).contains("Harbor Tunnel"))
  }

  @Test func aBodysNameBeforeAPersonsWithoutACommaNamesBoth() throws {
    let text = try AnnotatedText(
      """
      The board met on Monday. In a meeting with the editorial board of the Washington Post Brennan said the towns would get new roads. Governor Tom Brennan is running again.
      """)
    #expect(text.entity("Washington Post")?.type == .organization)
    #expect(text.entity("Washington Post Brennan") == nil)
  }
}
