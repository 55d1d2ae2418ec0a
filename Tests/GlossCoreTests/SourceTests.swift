import Testing

@testable import GlossCore

/// The sources an article cites, on wording written for these tests.
@Suite("Sources")
struct SourceTests {
  /// An organisation quoted several times, and cited no other way, is a source for each of its
  /// statements.
  @Test func eachStatementOfAQuotedOrganisationIsACitation() throws {
    let text = try AnnotatedText(
      """
      “The road will reopen on Monday,” the Saudi Interior Ministry said.

      Crews worked through the night.

      “No one was hurt,” the Saudi Interior Ministry said later.
      """)
    let source = try #require(text.annotations.sources.first { $0.name == "Saudi Interior Ministry" })
    #expect(source.citations.count == 2)
    #expect(source.citations.allSatisfy { $0.kind == .statement })
  }

  /// A newspaper's name ends on one of the words newspapers are named by ("Courier",
  /// "Sentinel", "Examiner"), even one that is also a noun for a person: an outlet.
  @Test func aNewspapersHeadWordMakesAnOutlet() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      The plan failed, the Tarrow Sentinel reported. The Dorset Courier and the Quill Examiner agreed.
      """)
    #expect(text.entity("Tarrow Sentinel")?.type == .organization)
    #expect(text.entity("Dorset Courier")?.type == .organization)
    #expect(text.entity("Quill Examiner")?.type == .organization)
    #expect(text.annotations.sources.contains { $0.name == "Tarrow Sentinel" && $0.type == .outlet })
  }
}
