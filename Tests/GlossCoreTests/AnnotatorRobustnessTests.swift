import Foundation
import Testing

@testable import GlossCore

/// The annotator on text built at random from awkward pieces: stray and nested quotation marks,
/// pronouns with no one to refer to, names, titles, acronyms, control characters, wide
/// characters. It must never crash, and every span it reports must lie inside the text.
@Suite("Annotator robustness")
struct AnnotatorRobustnessTests {
  static let pieces = [
    "“", "”", "\"", "‘", "’", "'", "«", "»", " he said", " she told CNN:", ", according to ", " it opposes ",
    "anti-", "pro-", "President ", "Xi Jinping", "Moon", " Reuters ", "(THAAD)", " THAAD system", ". ", "? ",
    "! ", ", ", "\n\n", "\n", " and ", " that ", " was told by ", " — ", "U.S.", " Beijing’s ", "’s", "\t",
    "\u{0007}", "\u{202E}", "中国", "한국어", "é", "\u{0301}", "...", "…", "—", "-", "(", ")", ":", ";", "the ",
    "Ministry of Health", " called for the deployment of THAAD to be halted", " 2017 ", "Dr. ", "Mr. ",
  ]

  /// A deterministic generator, so a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  @Test(arguments: 0..<40)
  func randomTextIsAnnotatedWithSpansInsideTheText(seed: Int) throws {
    var generator = Generator(state: UInt64(seed + 1))
    var body = ""
    for _ in 0..<Int.random(in: 20...400, using: &generator) {
      body += Self.pieces.randomElement(using: &generator)!
    }
    let text = "Headline\n\n" + body
    let article = try ArticleLoader().load(Data(text.utf8), name: "random", format: .text).article
    let annotations = Annotator().annotate(article)
    let length = article.length
    func inside(_ span: Span) -> Bool { span.start >= 0 && span.end <= length }
    for quote in annotations.quotes {
      #expect(inside(quote.span) && quote.pieces.allSatisfy(inside))
      if let speaker = quote.speaker { #expect(inside(speaker.span)) }
      if let cue = quote.cue { #expect(inside(cue.span)) }
    }
    for entity in annotations.entities { #expect(entity.mentions.allSatisfy(inside)) }
    for source in annotations.sources { #expect(source.citations.map(\.span).allSatisfy(inside)) }
    for stance in annotations.stances { #expect(stance.evidence.allSatisfy(inside)) }
  }
}
