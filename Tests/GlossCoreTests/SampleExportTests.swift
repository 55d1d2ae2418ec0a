import Foundation
import Testing

@testable import GlossCore

/// The exporters on the real samples with the real annotator: every offset they print slices the
/// article's text to what they say is there.
@Suite("Exports of the samples")
struct SampleExportTests {
  static let samples = ["thaad-south-korea-china.txt"] + Fixtures.wikinews

  func document(_ name: String) throws -> AnnotatedArticle {
    let article = try Fixtures.load(name)
    return AnnotatedArticle(article: article, annotations: Annotator().annotate(article))
  }

  /// The text of `start..<end` of `scalars`, after checking the bounds.
  func slice(_ scalars: ScalarText, _ object: [String: Any]) throws -> String {
    let start = try #require(object["start"] as? Int)
    let end = try #require(object["end"] as? Int)
    try #require(0 <= start && start <= end && end <= scalars.count)
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }

  @Test(arguments: samples)
  func jsonOffsetsSliceTheirText(name: String) throws {
    let document = try document(name)
    let scalars = document.article.scalars
    let data = Data(JSONExporter().export(document).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for quote in try #require(object["quotes"] as? [[String: Any]]) {
      let pieces = try #require(quote["pieces"] as? [[String: Any]])
      if pieces.count == 1 { #expect(try slice(scalars, quote) == quote["text"] as? String) }
      for piece in pieces { _ = try slice(scalars, piece) }
      if let cue = quote["cue"] as? [String: Any] {
        #expect(try slice(scalars, cue) == cue["text"] as? String)
      }
      if let speaker = quote["speaker"] as? [String: Any] { _ = try slice(scalars, speaker) }
    }
    for entity in try #require(object["entities"] as? [[String: Any]]) {
      let names = Set([entity["name"] as? String] + (entity["aliases"] as? [String] ?? []))
      for mention in try #require(entity["mentions"] as? [[String: Any]]) {
        let text = try slice(scalars, mention)
        #expect(names.contains(text), "\(text) is not a name of \(entity["name"] ?? "")")
      }
    }
  }

  @Test(arguments: samples)
  func bratTextBoundsCoverTheirText(name: String) throws {
    let document = try document(name)
    let output = BratExporter().export(document)
    #expect(BratCoverage.mismatches(output, in: document.article).isEmpty)
  }
}
