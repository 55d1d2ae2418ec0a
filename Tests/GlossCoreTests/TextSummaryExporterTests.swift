import Testing

@testable import GlossCore

@Suite("TextSummaryExporter")
struct TextSummaryExporterTests {
  let summary = TextSummaryExporter().export(ExportFixture.document)

  @Test func saysWhoSaidWhat() {
    #expect(summary.hasPrefix("Talks resume\n"))
    #expect(summary.contains("q1 [direct] Xi Jinping to Reuters: “We will talk,”"))
    #expect(summary.contains("q3 [partial, inside q2] unattributed: “THAAD,”"))
  }

  @Test func listsEntitiesSourcesTopicsStances() {
    #expect(summary.contains("  People\n    Xi Jinping (2 mentions; also “Xi”)"))
    #expect(summary.contains("Reuters (agency): interview “Talks”"))
    #expect(summary.contains("Topics (1)\n  THAAD"))
    #expect(summary.contains("Xi Jinping: oppose on THAAD\n    “Xi opposes THAAD.”"))
  }

  @Test func neverEmitsRawControlCharacters() {
    #expect(summary.contains("\\u{1B}[31mTHAAD"))
    let controls = summary.unicodeScalars.filter {
      $0.properties.generalCategory == .control && $0 != "\n"
    }
    #expect(controls.isEmpty)
    // The multi-paragraph quote is on one line.
    #expect(summary.contains("“Relations matter. “So does"))
  }

  @Test func emptyAnnotationsSayNoneFound() {
    let summary = TextSummaryExporter().export(ExportFixture.emptyDocument)
    #expect(summary.contains("Quotes: none found"))
    #expect(summary.contains("Stances: none found"))
  }

  @Test func visibleTextEscapesBidiOverrides() {
    #expect(VisibleText.line("a\u{202E}b\r\n\tc") == "a\\u{202E}b c")
    #expect(VisibleText.spaced("a\u{7}\nb") == "a  b")
  }

  @Test func theUnsafeCharactersAreExactlyTheControlsAndBidiMarks() {
    let bidi: Set<UInt32> = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
    for value in UInt32(0)..<0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(VisibleText.isUnsafe(scalar) == (scalar.properties.generalCategory == .control || bidi.contains(value)))
    }
  }

  /// A long article's quotes are written in runs side by side and handed on in order: the
  /// section is the same byte for byte as one worker writes it.
  @Test func aSectionWrittenSideBySideIsTheSame() {
    let document = ExportFixture.document
    let quotes = (0..<4_001).map { document.annotations.quotes[$0 % document.annotations.quotes.count] }
    func written(workers: Int) -> String {
      var output = OutputBuffer()
      TextSummaryExporter().writeSection("Quotes", quotes, workers: workers, to: &output) {
        TextSummaryExporter().quote($0, document.annotations)
      }
      return output.text
    }
    let alone = written(workers: 1)
    #expect(alone.hasPrefix("\n\nQuotes (4001)\n  q1 [direct]"))
    #expect(written(workers: 2) == alone)
    #expect(written(workers: 3) == alone)
  }
}
