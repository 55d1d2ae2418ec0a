import Testing

@testable import GlossCore

/// `BratReader` on hand-written `.ann` files: grouping, quotes, relations, and lenient reading.
@Suite("BratReader")
struct BratReaderTests {
  static let text =
    "Xi Jinping spoke.\n\n“We will talk,” Xi said. Seoul waits; Seoul agrees.\n\n“More.”"
  let article = ArticleReader.read(text, format: .text)

  /// The span of the first `needle` at or after `from`.
  func span(_ needle: String, from: Int = 0) -> Span {
    let scalars = Array(Self.text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    let start = (from...(scalars.count - pattern.count)).first {
      Array(scalars[$0..<($0 + pattern.count)]) == pattern
    }!
    return Span(start, start + pattern.count)
  }

  func read(_ lines: [String]) -> BratImport {
    BratReader().read(lines.joined(separator: "\n"), for: article, name: "a.ann")
  }

  func bound(_ id: String, _ label: String, _ spans: [Span]) -> String {
    "\(id)\t\(label) " + spans.map { "\($0.start) \($0.end)" }.joined(separator: ";") + "\tx"
  }

  @Test func equivAndIdenticalTextGroupMentions() {
    let seoul = span("Seoul")
    let imported = read([
      bound("T1", "Person", [span("Xi Jinping")]),
      bound("T2", "Person", [span("Xi said")].map { Span($0.start, $0.start + 2) }),
      bound("T3", "Place", [seoul]), bound("T4", "place", [span("Seoul", from: seoul.end)]),
      "*\tEquiv T1 T2",
    ])
    #expect(imported.warnings.isEmpty)
    let entities = imported.annotations.entities
    #expect(entities.map(\.name) == ["Xi Jinping", "Seoul"])
    #expect(entities[0].aliases == ["Xi"])
    #expect(entities[0].type == .person && entities[1].type == .place)
    #expect(entities[1].mentions.count == 2)
  }

  @Test func quotesGetKindSpeakerAndCue() throws {
    let quote = span("We will talk,")
    let xi = Span(span("Xi said").start, span("Xi said").start + 2)
    let imported = read([
      bound("T1", "Person", [span("Xi Jinping")]), bound("T2", "Person", [xi]),
      bound("T3", "Quote", [quote]), bound("T4", "Cue", [span("said")]),
      bound("T5", "Quote", [span("More.")]),
      "A1\tKind T3 partial", "R1\tSource Arg1:T3 Arg2:T2", "R2\tCue Arg1:T4 Arg2:T3",
      "*\tEquiv T1 T2",
    ])
    #expect(imported.warnings.isEmpty)
    let quotes = imported.annotations.quotes
    #expect(quotes.map(\.id) == ["q1", "q2"])
    #expect(quotes[0].kind == .partial && quotes[1].kind == .direct)
    #expect(quotes[0].speaker == SpeakerRef(entity: "e1", name: "Xi Jinping", span: xi))
    #expect(quotes[0].cue == Cue(span: span("said"), text: "said"))
    #expect(quotes[0].text == "We will talk,")
  }

  @Test func discontinuousQuoteAndNestedParent() {
    let first = span("We will talk,")
    let last = span("More.")
    let imported = read([
      bound("T1", "Quote", [last, first]), bound("T2", "Quote", [span("will")]),
      "A1\tKind T1 block", "#1\tAnnotatorNotes T9\tnobody",
    ])
    let quotes = imported.annotations.quotes
    #expect(quotes[0].pieces == [first, last])
    #expect(quotes[0].span == Span(first.start, last.end))
    #expect(quotes[0].text == "We will talk,\nMore.")
    #expect(quotes[1].parent == "q1")
  }

  @Test func nestingGivesTheInnermostContainerAsParent() {
    let spans = [
      Span(30, 60), Span(10, 50), Span(0, 100), Span(10, 20), Span(10, 50), Span(15, 15), Span(120, 130), Span(110, 118),
      Span(122, 125),
    ]
    let quotes = spans.enumerated().map { Quote(id: "T\($0.offset)", span: $0.element, text: "x", kind: .direct) }
    let nested = QuoteNesting.numbered(quotes)
    #expect(
      nested.map(\.span) == [
        Span(0, 100), Span(10, 20), Span(10, 50), Span(10, 50), Span(15, 15), Span(30, 60), Span(110, 118), Span(120, 130),
        Span(122, 125),
      ])
    #expect(nested.map(\.id) == ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"])
    // The shorter of two containers, the first of two alike; a quote of the same span or one
    // that only overlaps is no container; an empty quote is inside its container; one that
    // ended before a quote starts holds none after it.
    #expect(nested.map(\.parent) == [nil, "q3", "q1", "q1", "q2", "q1", nil, nil, "q8"])
  }

  @Test func badLinesAreWarningsNamingTheirLine() {
    let imported = read([
      "T1\tPerson 0 9999\tfar", "T2\tPerson 5 2\tbackwards", "T3 no tab", "T4\tPerson x y\tz",
      "R1\tSource Arg1:T8 Arg2:T9", "A1\tKind T1 loud", "*\tEquiv T1 T77",
      "E1\tEvent:T1", "N1\tReference T1 Wikidata:Q1\tXi", "T5\tWeapon 0 2\tXi", "",
      "T6\tQuote 0 2;\tXi", "A2\tKind T6 shouted", "R2\tContent Arg1:T6 Arg2:T5",
    ])
    #expect(imported.warnings.count == 8, "\(imported.warnings)")
    #expect(imported.warnings[0].hasPrefix("a.ann: line 1: has offsets 0 9999 outside the text"))
    #expect(imported.warnings.contains { $0.hasPrefix("a.ann: line 5: Source") })
    #expect(imported.annotations.entities.isEmpty)
    #expect(imported.annotations.quotes.count == 1)
  }

  @Test(arguments: [
    "", "\t", "T", "T1\t", "T1\tQuote", "R1\tSource", "A1\tKind", "*\t", "T1\tQuote 1 2;;3 4\ta",
    "T1\tQuote -1 2\ta", "T1\tQuote 99999999999999999999 1\ta",
  ])
  func oddLinesNeverTrap(line: String) {
    _ = read([line, line + "\r", line + "\t\t\t"])
  }
}
