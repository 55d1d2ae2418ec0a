import Testing

@testable import GlossCore

/// Letters and readers' comments signed by a paragraph of their own, on pages written for this
/// test: each is its signer's quote, and the signer may be an account ("@harbour_watch");
/// names that head a list, a credit under every photo and one signed essay are no letters.
@Suite("Signed letters and comments")
struct LetterQuoteTests {
  @Test func eachLetterIsItsSignersQuoteAndAPlaceLineBelongsToTheSignature() throws {
    let text = try AnnotatedText(
      """
      Readers wrote to us about the harbour plan after last week's vote.

      I live in the old town and I think the harbour plan is a disaster for all of us.

      Margaret Olsen.

      Leeds.

      The plan is the best thing the council has done in years. It brings jobs.

      Tom Whitby.

      Give the mayor a break. She has had a hard year.

      @harbour_watch.
      """)
    #expect(text.speaker(of: "the harbour plan is a disaster") == "Margaret Olsen")
    #expect(text.quote("the harbour plan is a disaster")?.kind == .direct)
    #expect(text.speaker(of: "The plan is the best thing") == "Tom Whitby")
    #expect(text.quote("Leeds") == nil)
    #expect(text.speaker(of: "Give the mayor a break") == "@harbour_watch")
    #expect(text.entity("@harbour_watch")?.type == .person)
    #expect(text.quote("Readers wrote to us") == nil, "the introduction is the writer's")
  }

  @Test func namesThatHeadAListAreNoSignatures() throws {
    let text = try AnnotatedText(
      """
      Three people shaped the harbour this year.

      Margaret Olsen.

      Olsen ran the ferry company for ten years and sold it in March.

      Tom Whitby.

      Whitby led the campaign against the new marina.

      Ana Lindqvist.

      Lindqvist chaired the council's planning committee.
      """)
    #expect(text.quote("ran the ferry company") == nil)
    #expect(text.quote("led the campaign") == nil)
  }

  @Test func aCreditUnderEveryPhotoAndOneSignedEssayAreNoLetters() throws {
    let credits = try AnnotatedText(
      """
      The harbour festival drew large crowds this weekend.

      Boats sailed past the pier all afternoon.

      Tom Whitby.

      Children raced along the beach after the parade.

      Tom Whitby.
      """)
    #expect(credits.quote("Boats sailed past") == nil)
    let essay = try AnnotatedText(
      """
      The harbour needs a plan that works for the people who live beside it.

      The council should listen before it builds.

      Margaret Olsen.
      """)
    #expect(essay.quote("The council should listen") == nil)
  }

  @Test func anAtSignInsideAWordIsNoAccount() throws {
    let text = try AnnotatedText(
      """
      Readers may write to letters@example.com before Friday, the editor said on Monday.
      """)
    #expect(!text.annotations.entities.contains { $0.name.hasPrefix("@") })
  }
}
