import Foundation
import GlossCore

/// What a reader of a sample must be shown, as written by hand in `Expectations/*.expect.json`:
/// quotes by snippet with their speakers, entities by type, sources and stances.
struct Expectation: Decodable {
  struct QuoteExpectation: Decodable {
    var contains: String
    var speaker: String
    var kind: String
    var also_contains: String?
    var spans_paragraphs: Int?
    var speaker_mention: String?
    var via: String?
  }

  struct NotQuote: Decodable {
    var contains: String
  }

  struct EntityExpectation: Decodable {
    var name: String
    var aliases: [String]?
  }

  struct SourceExpectation: Decodable {
    var name: String
    var kind: String
  }

  struct StanceExpectation: Decodable {
    var actor: String
    var polarity: String
    var evidence: [String]
  }

  var article: String
  var quotes: [QuoteExpectation]
  var not_quotes: [NotQuote]?
  var entities: [String: [EntityExpectation]]
  var sources: [SourceExpectation]
  var topic: String?
  var stances: [StanceExpectation]

  /// The expectation file `name` of `Tests/GlossCoreTests/Expectations/`.
  static func load(_ name: String) throws -> Expectation {
    let url = Fixtures.root.appendingPathComponent("Tests/GlossCoreTests/Expectations/" + name)
    return try JSONDecoder().decode(Expectation.self, from: Data(contentsOf: url))
  }
}

/// An annotated sample with the look-ups the expectation tests need.
struct AnnotatedSample {
  let article: Article
  let annotations: Annotations

  init(_ name: String) throws {
    article = try Fixtures.load(name)
    annotations = Annotator().annotate(article)
  }

  /// The quote whose text contains `snippet`, the innermost when quotes nest.
  func quote(containing snippet: String) -> Quote? {
    annotations.quotes.filter { $0.text.contains(snippet) }.min { $0.span.length < $1.span.length }
  }

  /// The entity named `name` (its canonical name).
  func entity(named name: String) -> Entity? { annotations.entities.first { $0.name == name } }

  /// True when some span of `spans` overlaps where `snippet` stands in the text.
  func overlaps(_ spans: [Span], _ snippet: String) -> Bool {
    let text = article.scalars
    let needle = Array(snippet.unicodeScalars)
    guard needle.count <= text.count else { return false }
    for start in 0...(text.count - needle.count) where Array(text[start..<start + needle.count]) == needle {
      let place = Span(start, start + needle.count)
      if spans.contains(where: { $0.overlaps(place) }) { return true }
    }
    return false
  }
}
