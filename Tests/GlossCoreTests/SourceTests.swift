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
}
