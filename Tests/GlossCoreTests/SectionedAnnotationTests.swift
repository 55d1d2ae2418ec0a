import Foundation
import Testing

@testable import GlossCore

/// A long article is annotated in sections of whole paragraphs, one after another, and their
/// annotations joined: one entity per name, every reference resolvable, and the same result
/// however the run is cut into pieces.
@Suite("Annotation in sections")
struct SectionedAnnotationTests {
  /// The THAAD sample's headline, then its body `copies` times, as one article.
  static func repeated(_ copies: Int) throws -> Article {
    let text = try String(contentsOf: Fixtures.sample("thaad-south-korea-china.txt"), encoding: .utf8)
    let headline = String(text.prefix { $0 != "\n" })
    let body = text.drop { $0 != "\n" }.trimmingCharacters(in: .newlines)
    return ArticleReader.read(
      headline + "\n\n" + Array(repeating: body, count: copies).joined(separator: "\n\n") + "\n", format: .text)
  }

  func annotate(_ article: Article, piece: Int = .max, section: Int) -> (result: Annotations, soFar: [Int]) {
    var run = AnnotationRun(article: article, piece: piece, section: section)
    var soFar: [Int] = []
    while run.advance() {
      if let annotations = run.annotationsSoFar, run.sectionsDone > soFar.count { soFar.append(annotations.quotes.count) }
    }
    #expect(run.annotationsSoFar == nil)
    return (run.result ?? Annotations(), soFar)
  }

  @Test func sectionsAreWholeParagraphsOnTheSameText() throws {
    let article = try Self.repeated(6)
    let sections = article.sections(upTo: 10_000)
    #expect(sections.count >= 3)
    #expect(sections.flatMap(\.paragraphs) == article.paragraphs)
    #expect(sections.allSatisfy { $0.length == article.length })
    #expect(sections[0].headline == article.headline && sections.dropFirst().allSatisfy { $0.headline == nil })
    for section in sections where section.paragraphs.count > 1 {
      #expect(section.paragraphs.last!.span.end - section.paragraphs.first!.span.start <= 15_000)
    }
    for section in sections.dropFirst() {
      #expect(section.scalars[section.paragraphs[0].span.start] != "“", "a quote going on is not cut")
    }
    #expect(article.sections(upTo: article.length).count == 1)
  }

  @Test func sectionsJoinIntoOneEntityPerNameAndEveryReferenceResolves() throws {
    let article = try Self.repeated(6)
    let (joined, soFar) = annotate(article, section: 10_000)
    let whole = Annotator().annotate(article)
    #expect(joined.quotes.count == 13 * 6)
    #expect(soFar.count >= 2 && soFar == soFar.sorted() && soFar.last! < joined.quotes.count, "\(soFar)")
    #expect(Set(joined.quotes.map(\.id)).count == joined.quotes.count)
    #expect(joined.quotes.map(\.id) == (1...joined.quotes.count).map { "q\($0)" }, "numbered in text order")
    let entityIDs = Set(joined.entities.map(\.id))
    #expect(entityIDs.count == joined.entities.count)
    let sourceIDs = Set(joined.sources.map(\.id))
    let quoteIDs = Set(joined.quotes.map(\.id))
    #expect(joined.quotes.compactMap(\.speaker?.entity).allSatisfy(entityIDs.contains))
    #expect(joined.quotes.compactMap(\.parent).allSatisfy(quoteIDs.contains))
    #expect(joined.quotes.compactMap(\.via).allSatisfy(sourceIDs.contains))
    #expect(joined.sources.compactMap(\.entity).allSatisfy(entityIDs.contains))
    #expect(joined.stances.map(\.actor).allSatisfy(entityIDs.contains))
    #expect(joined.topics.compactMap(\.entity).allSatisfy(entityIDs.contains))
    let moon = joined.entities.filter { $0.name == "Moon Jae-in" }
    #expect(moon.count == 1)
    #expect(moon.first?.mentions.count == whole.entities.first { $0.name == "Moon Jae-in" }?.mentions.count)
    #expect(joined.quotes.map { $0.speaker?.name ?? "" }.sorted() == whole.quotes.map { $0.speaker?.name ?? "" }.sorted())
    #expect(joined.topics.first?.name == "THAAD")
    #expect(joined.stances.first { $0.name == "China" }?.polarity == .oppose)
    #expect(joined.stances.first { $0.name == "United States" }?.polarity == .support)
  }

  @Test func sectionsInPiecesGiveTheSameAsSectionsInOneGo() throws {
    let article = try Self.repeated(4)
    let oneGo = JSONExporter().export(
      AnnotatedArticle(article: article, annotations: annotate(article, section: 8_000).result))
    for piece in [1, 3] {
      let inPieces = annotate(article, piece: piece, section: 8_000).result
      #expect(JSONExporter().export(AnnotatedArticle(article: article, annotations: inPieces)) == oneGo)
    }
  }
}
