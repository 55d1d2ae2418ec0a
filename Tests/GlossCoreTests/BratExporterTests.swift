import Testing

@testable import GlossCore

@Suite("BratExporter")
struct BratExporterTests {
  let lines = BratExporter().export(ExportFixture.document).split(separator: "\n").map(String.init)

  /// The line whose first field is `id`.
  func line(_ id: String) -> [Substring]? {
    lines.first { $0.hasPrefix(id + "\t") }?.split(
      separator: "\t", omittingEmptySubsequences: false)
  }

  @Test func entityMentionsAreTextBounds() throws {
    let xi = ExportFixture.span("Xi Jinping")
    #expect(lines[0] == "T1\tPerson \(xi.start) \(xi.end)\tXi Jinping")
    #expect(lines.contains { $0.hasPrefix("T3\tOrganization ") && $0.hasSuffix("\tReuters") })
  }

  @Test func everyTextBoundCoversItsText() {
    let output = BratExporter().export(ExportFixture.document)
    #expect(BratCoverage.mismatches(output, in: ExportFixture.document.article).isEmpty)
    #expect(lines.filter { $0.hasPrefix("T") }.count == 10)
    // The check itself catches a wrong covered text.
    let article = ExportFixture.document.article
    #expect(BratCoverage.mismatches("T1\tPerson 0 5\tTalkz", in: article).count == 1)
    #expect(BratCoverage.mismatches("T1\tPerson 0 5\tTalks", in: article).isEmpty)
  }

  @Test func multiParagraphQuoteIsDiscontinuous() throws {
    let quote = try #require(lines.first { $0.contains("\tQuote ") && $0.contains(";") })
    #expect(!quote.contains("\n"))
    #expect(quote.hasSuffix("Relations matter. So does  [31mTHAAD,"))
    let id = String(quote.prefix { $0 != "\t" })
    #expect(lines.contains("A2\tKind \(id) block"))
  }

  @Test func relationsLinkQuotesToSpeakersAndCues() throws {
    let quote = try #require(lines.first { $0.contains("\tQuote ") }?.prefix { $0 != "\t" })
    let source = try #require(lines.first { $0.hasPrefix("R1\t") })
    // The speaker "Xi Jinping" reuses the Person mention T1.
    #expect(source == "R1\tSource Arg1:\(quote) Arg2:T1")
    let cueRelation = try #require(lines.first { $0.contains("\tCue Arg1:") })
    let cueID = try #require(cueRelation.split(separator: ":").last)
    #expect(line(String(cueID))?[2] == "told")
    #expect(lines.contains { $0.contains("\tSpeaker ") && $0.hasSuffix("\tthe report") })
  }

  @Test func mentionsOfOneEntityAreEquivalent() {
    #expect(lines.contains("*\tEquiv T1 T2"))
  }

  @Test func referencesFollowTextBounds() {
    let lastTextBound = lines.lastIndex { $0.hasPrefix("T") } ?? 0
    let firstReference = lines.firstIndex { !$0.hasPrefix("T") } ?? lines.count
    #expect(lastTextBound < firstReference)
  }
}
