import Testing

@testable import GlossCore

/// `gloss annotate --format brat` read back by `BratReader` gives the annotations it was written
/// from, on every sample with the real annotator.
@Suite("Brat round trip")
struct BratRoundTripTests {
  /// What a quote must keep through brat: spans, kind, speaker mention and name, cue.
  struct QuoteShape: Hashable {
    var pieces: [Span]
    var kind: QuoteKind
    var speaker: Span?
    var speakerName: String?
    var cue: Span?
    var cueText: String?

    init(_ quote: Quote) {
      pieces = quote.pieces
      kind = quote.kind
      speaker = quote.speaker?.span
      speakerName = quote.speaker?.name
      cue = quote.cue?.span
      cueText = quote.cue?.text
    }
  }

  /// Each entity as the set of its mentions with its type.
  static func entityShapes(_ annotations: Annotations) -> Set<[String]> {
    Set(
      annotations.entities.map { entity in
        [entity.type.rawValue] + entity.mentions.map(\.description)
      })
  }

  @Test(arguments: SampleExportTests.samples)
  func samplesReadBackTheSame(name: String) throws {
    let article = try Fixtures.load(name)
    let annotations = Annotator().annotate(article)
    let brat = BratExporter().export(AnnotatedArticle(article: article, annotations: annotations))
    let imported = BratReader().read(brat, for: article, name: "sample.ann")
    #expect(imported.warnings.isEmpty)
    #expect(
      imported.annotations.quotes.map(QuoteShape.init) == annotations.quotes.map(QuoteShape.init))
    #expect(imported.annotations.quotes.map(\.text) == annotations.quotes.map(\.text))
    #expect(Self.entityShapes(imported.annotations) == Self.entityShapes(annotations))
  }

  @Test func speakersKeepTheirEntities() throws {
    let article = try Fixtures.load("thaad-south-korea-china.txt")
    let annotations = Annotator().annotate(article)
    let brat = BratExporter().export(AnnotatedArticle(article: article, annotations: annotations))
    let imported = BratReader().read(brat, for: article, name: "thaad.ann").annotations
    for (original, read) in zip(annotations.quotes, imported.quotes) {
      let originalEntity = original.speaker?.entity.flatMap(annotations.entity)?.mentions
      let readEntity = read.speaker?.entity.flatMap(imported.entity)?.mentions
      #expect(originalEntity == readEntity, "\(original.text)")
    }
  }
}
