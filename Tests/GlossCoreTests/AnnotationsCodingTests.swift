import Foundation
import Testing

@testable import GlossCore

/// The binary layout of the annotation cache (``AnnotationsCoding``) and the check that
/// annotations read back fit their article: what the cache relies on.
@Suite("Annotations coding")
struct AnnotationsCodingTests {
  static let samples = ["thaad-south-korea-china.txt"] + Fixtures.wikinews

  /// Every field of every sample's annotations comes back: a field the model gains and the
  /// coding forgets fails here.
  @Test(arguments: samples)
  func everySampleRoundTrips(_ name: String) throws {
    let article = try Fixtures.load(name)
    let annotations = Annotator().annotate(article)
    #expect(!annotations.entities.isEmpty)
    #expect(try AnnotationsCoding.decode(AnnotationsCoding.encode(annotations)) == annotations)
  }

  @Test(arguments: samples)
  func everySampleFitsItsArticle(_ name: String) throws {
    let article = try Fixtures.load(name)
    #expect(AnnotationsCheck.fits(Annotator().annotate(article), length: article.length))
  }

  @Test func absentOptionalsStayAbsentAndPresentOnesStay() throws {
    let bare = Quote(id: "q1", span: Span(2, 9), text: "quoted", kind: .partial)
    let full = Quote(
      id: "q2", span: Span(20, 90), pieces: [Span(20, 40), Span(50, 90)], text: "…", kind: .direct,
      speaker: SpeakerRef(entity: nil, name: "Ann", span: Span(0, 3), confidence: .low), cue: Cue(span: Span(4, 8), text: "said"),
      via: "s1", parent: "q1")
    let stances = [
      Stance(actor: "e1", name: "Ann", target: "trade", polarity: .oppose, evidence: [Span(0, 9)], confidence: .medium),
      Stance(actor: "e1", name: "Ann", target: "tax", polarity: .support, evidence: []),
    ]
    let annotations = Annotations(quotes: [bare, full], topics: [Topic(name: "trade")], stances: stances)
    #expect(try AnnotationsCoding.decode(AnnotationsCoding.encode(annotations)) == annotations)
  }

  @Test func noShorterOrLongerEncodingDecodes() throws {
    let article = try Fixtures.load("wikinews/nasa.txt")
    let bytes = AnnotationsCoding.encode(Annotator().annotate(article))
    for length in stride(from: 0, to: bytes.count, by: 7) {
      #expect(throws: ByteReader.Malformed.self) { try AnnotationsCoding.decode(Array(bytes.prefix(length))) }
    }
    #expect(throws: ByteReader.Malformed.self) { try AnnotationsCoding.decode(bytes + [0]) }
  }

  /// One entity `type` with `mentions` (flat offsets) and nothing else, as the coding lays it out.
  func entityBytes(type: String, mentions: [Int]) -> [UInt8] {
    var writer = ByteWriter()
    writer.write(1)
    writer.write("e1")
    writer.write("X")
    writer.write(type)
    writer.write(0)
    writer.write(mentions.count / 2)
    for offset in mentions { writer.write(offset) }
    writer.write(nil as String?)
    for _ in 0..<4 { writer.write(0) }
    return writer.bytes
  }

  @Test func aReversedSpanOrAnUnknownTypeDoesNotDecode() throws {
    let entity = try AnnotationsCoding.decode(entityBytes(type: "person", mentions: [1, 4, 9, 12])).entities[0]
    #expect(entity.mentions == [Span(1, 4), Span(9, 12)])
    #expect(throws: ByteReader.Malformed.self) { try AnnotationsCoding.decode(entityBytes(type: "person", mentions: [9, 3])) }
    #expect(throws: ByteReader.Malformed.self) { try AnnotationsCoding.decode(entityBytes(type: "robot", mentions: [1, 4])) }
  }

  @Test func aSpanOutsideTheTextDoesNotFit() throws {
    let article = try Fixtures.load("wikinews/nasa.txt")
    var annotations = Annotator().annotate(article)
    annotations.entities[0].mentions.append(Span(article.length - 1, article.length + 1))
    #expect(!AnnotationsCheck.fits(annotations, length: article.length))
  }

  @Test func aSpeakerWhoIsNoEntityDoesNotFit() {
    let speaker = SpeakerRef(entity: "e9", name: "Nobody", span: Span(0, 2))
    let quote = Quote(id: "q1", span: Span(3, 5), text: "hi", kind: .direct, speaker: speaker)
    #expect(!AnnotationsCheck.fits(Annotations(quotes: [quote]), length: 10))
    #expect(AnnotationsCheck.fits(Annotations(quotes: [Quote(id: "q1", span: Span(3, 5), text: "hi", kind: .direct)]), length: 10))
  }
}
