import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// A long article is annotated in sections of whole paragraphs, one after another, and their
/// annotations joined: one entity per name, every reference resolvable, and the same result
/// however the run is cut into pieces.
@Suite("Annotation in sections")
struct SectionedAnnotationTests {
  /// The THAAD sample's headline, then its body `copies` times, as one article.
  static func repeated(_ copies: Int) throws -> Article {
    ArticleReader.read(try LongArticle.text(copies: copies), format: .text)
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
    #expect(joined.quotes.count == 14 * 6)
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
    // Sides name the joined entities: "China’s President Xi" stands for China.
    func sides(_ annotations: Annotations) -> [String: String] {
      let name = Dictionary(uniqueKeysWithValues: annotations.entities.map { ($0.id, $0.name) })
      return Dictionary(annotations.entities.compactMap { entity in entity.side.map { (entity.name, name[$0] ?? "?") } }) { $1 }
    }
    #expect(sides(joined) == sides(whole))
    #expect(sides(joined)["Xi Jinping"] == "China")
  }

  /// A short form in a section that does not name its person in full ("Heald") joins the person
  /// an earlier section names ("Colette Heald"), and the quotes are hers, as in one pass.
  @Test func aShortFormJoinsThePersonOfAnEarlierSection() throws {
    let filler = Array(repeating: "The study was published on Monday in a journal.", count: 8).joined(separator: "\n\n")
    let text = """
      Aerosols cool the planet

      Colette Heald, a professor at MIT, studied the aerosols for five years.

      \(filler)

      “We were surprised by how much they cool,” Heald said.

      \(filler)

      “It matters for every forecast,” Heald added.

      """
    let article = ArticleReader.read(text, format: .text)
    let (joined, _) = annotate(article, section: 300)
    #expect(article.sections(upTo: 300).count >= 3)
    let whole = Annotator().annotate(article)
    let heald = try #require(joined.entities.first { $0.name == "Colette Heald" })
    #expect(heald.aliases.contains("Heald"))
    #expect(!joined.entities.contains { $0.name == "Heald" })
    #expect(joined.quotes.count == 2)
    #expect(joined.quotes.allSatisfy { $0.speaker?.name == "Colette Heald" && $0.speaker?.entity == heald.id })
    #expect(joined.quotes.map(\.speaker?.name) == whole.quotes.map(\.speaker?.name))
    #expect(heald.mentions == whole.entities.first { $0.name == "Colette Heald" }?.mentions)
  }

  /// Topics are ranked by their scores over all sections, as one pass ranks them, and stances
  /// are those on the article's topic: sections that name other things more do not add theirs.
  @Test func topicsAndStancesAreThoseOfTheWholeArticle() throws {
    let text = try String(contentsOf: Fixtures.sample("wikinews/soccer.txt"), encoding: .utf8)
    let body = text.drop { $0 != "\n" }.trimmingCharacters(in: .newlines)
    let thaad = try Self.repeated(3)
    let article = ArticleReader.read(
      thaad.text + "\n\n" + Array(repeating: body, count: 2).joined(separator: "\n\n") + "\n", format: .text)
    let whole = Annotator().annotate(article)
    let joined = annotate(article, section: 5_000).result
    #expect(article.sections(upTo: 5_000).count >= 4)
    #expect(joined.topics == whole.topics)
    #expect(joined.topics.first?.name == "THAAD")
    #expect(joined.stances.map { "\($0.name) \($0.target) \($0.polarity)" } == whole.stances.map { "\($0.name) \($0.target) \($0.polarity)" })
  }

  /// A topic named by a common noun is summed over the sections by its name, and the sections
  /// without the headline find stances on it too.
  @Test func aPhraseTopicIsThatOfTheWholeArticle() throws {
    let paragraphs = [
      "Senator Luis Ortega sponsored the bill in March. The bill would raise ferry fares by a third.",
      "Mayor Alice Okafor voted against the bill on Tuesday. Governor Tom Brennan spoke in Dayton.",
      "The Harbor Council backed the bill on Friday. Nina Patel, a commuter, condemned the bill.",
    ]
    let body = Array(repeating: paragraphs.joined(separator: "\n\n"), count: 4).joined(separator: "\n\n")
    let article = ArticleReader.read("Ferry Fare Bill Splits Harbor Towns\n\n" + body + "\n", format: .text)
    let whole = Annotator().annotate(article)
    let joined = annotate(article, section: 300).result
    #expect(article.sections(upTo: 300).count >= 3)
    #expect(whole.topics.contains { $0.name == "the bill" && $0.entity == nil })
    #expect(joined.topics == whole.topics)
    #expect(joined.stances.map { "\($0.name) \($0.target) \($0.polarity)" } == whole.stances.map { "\($0.name) \($0.target) \($0.polarity)" })
    #expect(joined.stances.contains { $0.name == "Nina Patel" && $0.target == "the bill" && $0.polarity == .oppose })
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

  /// Sections annotated side by side on two workers give, byte for byte, what they give one
  /// after another: with the stances on the leading topics, and on a chosen entity.
  @Test func sectionsSideBySideGiveTheSameAsOneAfterAnother() throws {
    let article = try Self.repeated(4)
    let sections = article.sections(upTo: 8_000)
    #expect(sections.count >= 3)
    func json(_ annotations: Annotations?) -> String {
      JSONExporter().export(AnnotatedArticle(article: article, annotations: annotations ?? Annotations()))
    }
    let inOrder = annotate(article, section: 8_000).result
    #expect(!inOrder.stances.isEmpty)
    #expect(json(SectionsSideBySide.annotate(sections, stancesOn: nil, workers: 2)) == json(inOrder))
    let person = try #require(inOrder.entities.first { $0.type == .person })
    let chosen = AnnotationsJoiner.EntityKey(name: person.name, type: person.type)
    var run = AnnotationRun(article: article, piece: .max, section: 8_000, stancesOn: chosen)
    while run.advance() {}
    #expect(json(SectionsSideBySide.annotate(sections, stancesOn: chosen, workers: 2)) == json(run.result))
  }
}
