import Foundation
import Testing

@testable import GlossCore

/// The annotation run done a piece at a time (what the reader's background load does) gives what
/// annotating in one go gives, and can be stopped between pieces.
@Suite("Annotation in pieces")
struct AnnotationRunTests {
  static let samples = ["thaad-south-korea-china.txt"] + Fixtures.wikinews

  /// Everything the annotations hold, as the JSON export writes it.
  func exported(_ article: Article, _ annotations: Annotations) -> String {
    JSONExporter().export(AnnotatedArticle(article: article, annotations: annotations))
  }

  func annotateInPieces(_ article: Article, piece: Int) -> (Annotations?, steps: Int) {
    var run = AnnotationRun(article: article, piece: piece)
    var steps = 1
    while run.advance() { steps += 1 }
    return (run.result, steps)
  }

  @Test(arguments: samples)
  func piecesOfAnyLengthGiveTheOneGoAnnotations(_ sample: String) throws {
    let article = try Fixtures.load(sample)
    let oneGo = exported(article, Annotator().annotate(article))
    for piece in [1, 2, 3, 5] {
      let (annotations, steps) = annotateInPieces(article, piece: piece)
      let result = try #require(annotations)
      #expect(steps > article.paragraphs.count / piece, "the run went piece by piece")
      #expect(exported(article, result) == oneGo, "\(sample) in pieces of \(piece) blocks")
    }
  }

  /// THAAD's block quotes of Reuters and CNN run over two paragraphs each: read a paragraph at a
  /// time, the scanner must carry them over the piece boundary.
  @Test func quotesOverParagraphsSurviveAPieceBoundaryBetweenThem() throws {
    let article = try Fixtures.load("thaad-south-korea-china.txt")
    let (annotations, _) = annotateInPieces(article, piece: 1)
    let result = try #require(annotations)
    let crossing = result.quotes.filter { quote in
      article.paragraphIndex(containing: quote.span.start) != article.paragraphIndex(containing: quote.span.end - 1)
    }
    #expect(crossing.count >= 2)
    #expect(crossing.contains { $0.speaker?.name == "Reuters" })
    #expect(crossing.contains { $0.speaker?.name == "CNN" })
  }

  @Test func aRunStoppedMidwayHasNoResult() throws {
    let article = try Fixtures.load("thaad-south-korea-china.txt")
    var run = AnnotationRun(article: article, piece: 1)
    for _ in 0..<5 {
      let more = run.advance()
      #expect(more)
    }
    #expect(run.result == nil)
    #expect(run.fraction > 0 && run.fraction < 1)
  }

  /// A pass over a long article shares its reading, its names, the words around its quotations,
  /// its reported speech and its stances between threads, in one piece or in pieces as the
  /// reader runs it; the annotations are those of one thread in one piece, byte for byte. The
  /// samples are laid end to end, some only in the second half, whose words the first half never
  /// spelled; a list of names runs from one paragraph into the next.
  @Test(.timeLimit(.minutes(10))) func aLongArticleSharedBetweenWorkersIsAnnotatedAsByOne() throws {
    let bodies = try Self.samples.map { try Fixtures.paragraphTexts(Fixtures.load($0)).joined(separator: "\n\n") }
    let halves = [bodies.prefix(3), bodies.dropFirst(3)].map { Array(repeating: $0.joined(separator: "\n\n"), count: 5) }
    let list = "The award went to Dr. Ana Lindqvist,\n\nQuorvel Tasmin got the rest."
    let text = "Two halves of the samples\n\n" + ([list] + halves.joined()).joined(separator: "\n\n") + "\n"
    let article = ArticleReader.read(text, format: .text)
    #expect(article.length > ArticlePass.sideBySideLength * 12 / 10)
    func annotated(piece: Int, workers: Int) throws -> Annotations {
      var pass = ArticlePass(article: article, piece: piece, workers: workers)
      while pass.advance() {}
      return try #require(pass.result)
    }
    let one = try annotated(piece: .max, workers: 1)
    #expect(one.quotes.count > 200 && one.quotes.contains { $0.kind == .indirect })
    #expect(one.quotes.filter { $0.speaker != nil }.count > 200)
    #expect(!one.stances.isEmpty)
    #expect(one.entities.first { $0.name == "Quorvel Tasmin" }?.type == .person, "typed like the name listed before it")
    for (piece, workers) in [(Int.max, 2), (Int.max, 3), (1, 2), (40, 2)] {
      #expect(
        exported(article, try annotated(piece: piece, workers: workers)) == exported(article, one),
        "pieces of \(piece) blocks on \(workers) workers")
    }
  }

  @Test func progressOnlyGrowsAndEndsAtOne() throws {
    let article = try Fixtures.load("wikinews/nasa.txt")
    var run = AnnotationRun(article: article, piece: 2)
    var last = run.fraction
    while run.advance() {
      #expect(run.fraction >= last)
      last = run.fraction
    }
    #expect(run.fraction == 1)
    let more = run.advance()
    #expect(!more, "a finished run stays finished")
  }
}
