import Testing

@testable import GlossCore

/// Names no lexicon knows, typed by the words around them, on sentences written for this test:
/// a name that qualifies a role, a person after an English word that qualifies them, and a lone
/// name standing on its own.
@Suite("Names typed by the words around them")
struct EntityGuessTests {
  @Test func aNameBeforeARoleIsNoPersonAndAQualifierIsNoPartOfTheName() throws {
    let text = try AnnotatedText(
      """
      The letters from the abbey were published last year.

      Tom Reed beat former Democratic mayoral nominee Ann Cole in the vote, and Democrat Carla Penn came third. The films New York Minute and Silver Harbour were shown on Friday.
      """)
    #expect(text.entity("Democratic")?.type != .person)
    #expect(text.entity("Carla Penn")?.type == .person)
    #expect(text.entity("Democrat Carla Penn") == nil)
    #expect(text.entity("New York Minute") != nil)
  }

  @Test func aPersonAfterAQualifierSpeaks() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      "We lost the vote," said Budget ranking Democrat Carla Penn after the session.
      """)
    #expect(text.speaker(of: "We lost the vote") == "Carla Penn")
  }

  @Test func aLoneUnknownNameOnItsOwnIsAPerson() throws {
    let text = try AnnotatedText(
      """
      The letters from the abbey were published last year.

      The letters reached Quorvath in the spring of that year. The Tamsic gazette printed the news.
      """)
    #expect(text.entity("Quorvath")?.type == .person)
    #expect(text.entity("Tamsic")?.type != .person)
  }
}
