import Foundation
import Testing

@testable import GlossCore

/// The lexicon data files: what the regeneration script makes from the public lists, and how
/// the annotator reads them.
@Suite("Lexicons from public data")
struct LexiconTests {
  /// `scripts/lexicons/generate.py --check` rebuilds every list from its sources (the packages of
  /// `scripts/lexicons/requirements.txt` and Debian's `wamerican`, which `.ci/run` installs)
  /// and compares it with the committed file.
  @Test func committedFilesAreWhatTheScriptMakes() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Fixtures.root.appendingPathComponent("scripts/lexicons/generate.py").path, "--check"]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(message)")
  }

  @Test func tablesAreSortedAndFindEveryEntry() {
    let table = LexiconTable(data: Data("abbot\nabe\tm\nzoe\tf\nÉmile\tm\n".utf8))
    #expect(table.contains("abbot"))
    #expect(table.contains("zoe"))
    #expect(table.contains("abe"))
    #expect(table.value("abe") == "m")
    #expect(table.value("abbot") == "")
    #expect(table.value("Émile") == "m")
    #expect(!table.contains("ab"))
    #expect(!table.contains("abed"))
    #expect(!table.contains("zz"))
    #expect(!LexiconTable(data: Data()).contains("a"))
    let unterminated = LexiconTable(data: Data("a\nb\tx".utf8))
    #expect(unterminated.value("b") == "x")
    #expect(unterminated.contains("a"))
  }

  @Test func namesPlacesAndWordsComeFromTheLists() {
    #expect(PersonNames.isGiven("margaret"))
    #expect(PersonNames.sex(ofGiven: "margaret") == .female)
    #expect(PersonNames.sex(ofGiven: "george") == .male)
    #expect(PersonNames.isFamily("hernandez"))
    #expect(!PersonNames.isFamily("brown"), "an English word is no evidence of a person")
    #expect(Gazetteer.shared.lookup("Winnipeg") == .place)
    #expect(Gazetteer.shared.lookup("Middle East") == .place)
    #expect(Gazetteer.shared.lookup("Winnipeg", listedNames: false) == nil)
    #expect(CommonWords.contains("harbor"))
    #expect(!PersonNames.isFamily("africa"), "a continent's name is no surname")
    #expect(NameHeads.kind(of: "hotel") == .place)
    #expect(NameHeads.kind(of: "lagoon") == .place)
    #expect(NameHeads.kind(of: "regiment") == .organization)
    #expect(NameHeads.kind(of: "pond") == nil, "a common surname heads no name")
    #expect(NameHeads.kind(of: "state") == nil, "a noun for a place and a body heads neither")
    #expect(NameHeads.kind(of: "teacher") == nil)
  }

  /// Companies of the public stock-index lists are organisations wherever they stand, without a
  /// legal suffix; one whose single word is a name or an English word is left to the context.
  @Test func companiesOfThePublicListsAreOrganisations() throws {
    #expect(Gazetteer.shared.lookup("Lockheed Martin") == .organization)
    #expect(Gazetteer.shared.lookup("Ford") == nil, "a common surname is no company on its own")
    #expect(Gazetteer.shared.lookup("Target") == nil, "nor is an English word")
    #expect(Gazetteer.shared.lookup("Olympus") == nil, "nor a mountain's name")
    let text = try AnnotatedText(
      """
      The plant will close next year

      Unilever said on Tuesday that it would sell the plant to Goldman Sachs and Lockheed Martin. A spokeswoman for Airbus declined to comment.
      """)
    for company in ["Unilever", "Goldman Sachs", "Lockheed Martin", "Airbus"] {
      #expect(text.entity(company)?.type == .organization, "\(company)")
    }
  }
}
