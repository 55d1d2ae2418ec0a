import Testing

@testable import GlossCore

/// Who holds a stance word that stands in a clause of someone else's, on wording written for
/// these tests: the one named before "who", the object of a verb of accusing or praising, and
/// others' side named after the topic in someone's words.
@Suite("Stance holders in clauses")
struct StanceClauseHolderTests {
  static let candidate = "Governor Tom Brennan seeks a second term"

  @Test func aRelativeClauseBelongsToTheOneNamedBeforeWho() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Senator Luis Ortega vowed to stay in the race until June.

      ''If he tones it down, he will go out on a high note,'' said Nina Patel, a former mayor, who supports Brennan.

      The loudest voice at the fair was Raj Mehta of Ohio, who has blasted Brennan for months.
      """, headline: Self.candidate)
    #expect(text.stance("Nina Patel") == .support)
    #expect(text.stance("Luis Ortega") == nil, "the quote's pronoun does not hold the relative clause's verb")
    #expect(text.stance("Raj Mehta") == .oppose)
  }

  @Test func whoAfterADenialOrAPersonsRelationIsLeftToTheClause() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. It was Nina Patel, not Hugo Vance, who endorsed Brennan. The brother of Sen. Omar Reyes, who backs Brennan, spoke at the fair.
      """, headline: Self.candidate)
    #expect(text.stance("Hugo Vance") == nil)
    #expect(text.stance("Omar Reyes") == nil)
  }

  @Test func whatAnObjectIsAccusedOrPraisedForIsTheObjectsStance() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Columnist Dana Cole attacked Mayor Rob Hart by accusing him of endorsing Brennan. Senator Joe Park praised Ana Diaz for supporting Brennan.
      """, headline: Self.candidate)
    #expect(text.stance("Rob Hart") == .support)
    #expect(text.stance("Ana Diaz") == .support)
    #expect(text.stance("Dana Cole") != .support, "accusing him of endorsing is no endorsement")
    #expect(text.stance("Joe Park") != .support)
  }

  @Test func praiseWonFromSomeoneIsNoObjectOfJudging() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Dale Hurst won praise from Gov. Nell Archer for opposing Brennan. Hurst scolded the clerk for supporting Brennan.
      """, headline: Self.candidate)
    #expect(text.stance("Nell Archer") == nil)
    #expect(text.stance("Dale Hurst") == .oppose)
  }

  @Test func othersSideOnTheTopicIsNotTheSpeakers() throws {
    let text = try AnnotatedText(
      """
      Governor Ana Lee leads the race, a new poll found on Monday.

      "We saw that many Lee supporters were receptive to new information," said Tom Vance, a pollster.

      Mary Ortiz, a union leader, said that Lee's support was lagging but was higher than expected.

      "Lee's support is weak and collapsing," said Rob Hale, a farmer.
      """, headline: "Lee Leads in New Poll")
    #expect(text.stance("Tom Vance") != .support)
    #expect(text.stance("Mary Ortiz") != .support)
    #expect(text.stance("Rob Hale") != .oppose, "what the clause says of others' side is theirs")
    let own = try AnnotatedText(
      """
      Governor Ana Lee leads the race, a new poll found on Monday. Lee has led the state since 2019.

      Lee spoke in Dayton on Friday. "Lee's support for dairy farmers has been heroic and generous," said Ellen Voss, a farmer.
      """, headline: "Lee Leads in New Poll")
    #expect(own.stance("Ellen Voss") == .support, "Lee's support for farmers is Lee's own")
  }
}
