import Foundation
import Testing

@testable import GlossCore

/// The annotation model's Codable conformances and the check that annotations read back fit
/// their article: what the annotation cache relies on.
@Suite("Annotation coding")
struct AnnotationCodingTests {
  static let samples = ["thaad-south-korea-china.txt"] + Fixtures.wikinews

  @Test(arguments: samples)
  func everySampleRoundTrips(_ name: String) throws {
    let article = try Fixtures.load(name)
    let annotations = Annotator().annotate(article)
    #expect(!annotations.entities.isEmpty)
    let decoded = try JSONDecoder().decode(Annotations.self, from: JSONEncoder().encode(annotations))
    #expect(decoded == annotations)
  }

  @Test(arguments: samples)
  func everySampleFitsItsArticle(_ name: String) throws {
    let article = try Fixtures.load(name)
    #expect(AnnotationsCheck.fits(Annotator().annotate(article), length: article.length))
  }

  @Test func absentOptionalsStayAbsent() throws {
    let quote = Quote(id: "q1", span: Span(2, 9), text: "quoted", kind: .partial)
    let json = String(decoding: try JSONEncoder().encode(quote), as: UTF8.self)
    #expect(!json.contains("speaker") && !json.contains("via") && !json.contains("parent"))
    #expect(try JSONDecoder().decode(Quote.self, from: Data(json.utf8)) == quote)
  }

  @Test func aMissingFieldDoesNotDecode() {
    let json = #"{"entities":[],"quotes":[],"sources":[],"topics":[]}"#
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Annotations.self, from: Data(json.utf8)) }
  }

  @Test func aSpanOutsideTheTextDoesNotFit() throws {
    let article = try Fixtures.load("wikinews/nasa.txt")
    var annotations = Annotator().annotate(article)
    annotations.entities[0].mentions.append(Span(article.length - 1, article.length + 1))
    #expect(!AnnotationsCheck.fits(annotations, length: article.length))
  }

  @Test func spansAreOffsetPairsAndAReversedOneDoesNotDecode() throws {
    let json = #"{"id":"e1","name":"X","type":"person","aliases":[],"mentions":[1,4,9,12]}"#
    let entity = try JSONDecoder().decode(Entity.self, from: Data(json.utf8))
    #expect(entity.mentions == [Span(1, 4), Span(9, 12)])
    for mentions in ["[9,3]", "[1,4,9]"] {
      let bad = json.replacingOccurrences(of: "[1,4,9,12]", with: mentions)
      #expect(throws: DecodingError.self) { try JSONDecoder().decode(Entity.self, from: Data(bad.utf8)) }
    }
  }

  @Test func aSpeakerWhoIsNoEntityDoesNotFit() {
    let speaker = SpeakerRef(entity: "e9", name: "Nobody", span: Span(0, 2))
    let quote = Quote(id: "q1", span: Span(3, 5), text: "hi", kind: .direct, speaker: speaker)
    #expect(!AnnotationsCheck.fits(Annotations(quotes: [quote]), length: 10))
    #expect(AnnotationsCheck.fits(Annotations(quotes: [Quote(id: "q1", span: Span(3, 5), text: "hi", kind: .direct)]), length: 10))
  }
}
