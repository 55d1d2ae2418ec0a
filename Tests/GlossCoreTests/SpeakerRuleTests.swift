import Testing

@testable import GlossCore

/// The rules issue 14 asked for, each on sentences written for this test: names that stay whole
/// across honorific abbreviations, speakers that are noun phrases, pronouns that agree in sex,
/// asides skipped, and names typed by the public lists.
@Suite("Speaker and type rules")
struct SpeakerRuleTests {
  @Test func honorificAbbreviationsKeepTheNameWhole() throws {
    let text = try AnnotatedText(
      """
      “We are ready for the vote and we expect to win it,” said Mr. Delacroix, the committee's chairman.
      """)
    #expect(text.speaker(of: "We are ready") == "Delacroix")
    #expect(text.entity("Mr") == nil)
    #expect(text.entity("Delacroix")?.type == .person)
  }

  @Test func sheGoesToAWomanNotToTheLastPersonNamed() throws {
    let text = try AnnotatedText(
      """
      Margaret Olsen met George Whitby on Tuesday to talk about the budget. “The vote is close,” she said.
      """)
    #expect(text.speaker(of: "The vote is close") == "Margaret Olsen")
  }

  @Test func aQuoteInsideASentenceIsThePersonItOpensWith() throws {
    let text = try AnnotatedText(
      """
      Governor Alicia Brandt toured the flooded valley on Monday, saying “we will rebuild every bridge before winter comes.”
      """)
    #expect(text.speaker(of: "we will rebuild") == "Alicia Brandt")
  }

  @Test func aBracketedAsideAfterTheNameIsSkipped() throws {
    let text = try AnnotatedText(
      """
      “Nothing will change for the families who live in the valley,” Sen. Paula Griffin (R-Okla.) said on Tuesday after the hearing.
      """)
    #expect(text.speaker(of: "Nothing will change") == "Paula Griffin")
  }

  @Test func anUnnamedSpeakerIsANounPhraseWithARole() throws {
    let text = try AnnotatedText(
      """
      The ministry published its figures for the harvest on Friday morning.

      “The numbers are wrong,” a senior official said.
      """)
    #expect(text.speaker(of: "The numbers are wrong") == "a senior official")
  }

  @Test func namesAreTypedByThePublicListsAndByTheirNeighbours() throws {
    let text = try AnnotatedText(
      """
      The jury met for three days before the announcement in the old town hall.

      Hernandez declined to comment on the decision. The prize went to Maria Ortega, Quorin Blavet and Sven Lindgren. Flooding hit Winnipeg overnight.
      """)
    #expect(text.entity("Hernandez")?.type == .person)
    #expect(text.entity("Quorin Blavet")?.type == .person)
    #expect(text.entity("Winnipeg")?.type == .place)
  }
}
