import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// Choosing and merging a brat file's annotations with the automatic ones, and finding the file
/// beside the article.
@Suite("Brat file beside the article")
struct BratMergeTests {
  static let text = "Xi Jinping spoke.\n\n“We will talk,” Xi said. “Later,” Moon said."
  let article = ArticleReader.read(text, format: .text)

  func span(_ needle: String) -> Span {
    let scalars = Array(Self.text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    let start = (0...(scalars.count - pattern.count)).first {
      Array(scalars[$0..<($0 + pattern.count)]) == pattern
    }!
    return Span(start, start + pattern.count)
  }

  var automatic: Annotations {
    let xi = Entity(id: "e1", name: "Xi", type: .person, mentions: [span("Xi said")])
    let moon = Entity(id: "e2", name: "Moon", type: .person, mentions: [span("Moon")])
    let quote = { (text: String, speaker: Entity) in
      Quote(
        id: "q", span: span(text), text: text, kind: .direct,
        speaker: SpeakerRef(entity: speaker.id, name: speaker.name, span: speaker.mentions[0]))
    }
    return Annotations(
      entities: [xi, moon], quotes: [quote("We will talk,", xi), quote("Later,", moon)],
      stances: [
        Stance(actor: "e1", name: "Xi", target: "talks", polarity: .support, evidence: []),
        Stance(actor: "e2", name: "Moon", target: "talks", polarity: .neutral, evidence: []),
      ])
  }

  var file: Annotations {
    let lines = [
      "T1\tPerson 0 10\tXi Jinping",
      "T2\tPerson \(span("Xi said").start) \(span("Xi said").start + 2)\tXi",
      "T3\tQuote \(span("We will").start) \(span("talk,").end)\tWe will talk,",
      "R1\tSource Arg1:T3 Arg2:T2", "*\tEquiv T1 T2",
    ]
    return BratReader().read(lines.joined(separator: "\n"), for: article, name: "a.ann").annotations
  }

  @Test func bothKeepsTheFileAndWhatDoesNotOverlapIt() {
    let sets = ArticleAnnotationSets(automatic: automatic, file: file)
    #expect(sets.defaultChoice == .both)
    let merged = sets.annotations(.both)
    #expect(merged.entities.map(\.name) == ["Xi Jinping", "Moon"])
    #expect(merged.entities.map(\.id) == ["e1", "e2"])
    #expect(merged.quotes.map(\.text) == ["We will talk,", "Later,"])
    #expect(merged.quotes.map(\.id) == ["q1", "q2"])
    #expect(merged.quotes[1].speaker?.entity == "e2")
    // The automatic Xi was left out: its stance goes to the file's Xi Jinping.
    #expect(merged.stances.map(\.actor) == ["e1", "e2"])
    #expect(sets.annotations(.file).quotes.count == 1)
    #expect(sets.annotations(.auto).entities.map(\.name) == ["Xi", "Moon"])
  }

  @Test func withoutAFileEveryChoiceIsAutomatic() {
    let sets = ArticleAnnotationSets(automatic: automatic)
    #expect(sets.defaultChoice == .auto)
    #expect(sets.annotations(.file).entities.map(\.name) == ["Xi", "Moon"])
  }

  @Test func nestedFileQuotesStillHideOverlappingOnes() {
    let outer = Quote(id: "q1", span: Span(0, 60), text: "", kind: .block)
    let inner = Quote(id: "q2", span: Span(5, 10), text: "", kind: .partial)
    let fileSet = Annotations(quotes: [outer, inner])
    let late = Quote(id: "q1", span: Span(40, 50), text: "", kind: .direct)
    let merged = ArticleAnnotationSets(automatic: Annotations(quotes: [late]), file: fileSet)
      .annotations(.both)
    #expect(merged.quotes.map(\.span) == [Span(0, 60), Span(5, 10)])
    #expect(merged.quotes[1].parent == "q1")
  }

  @Test func theFileBesideTheArticleHasItsBaseName() throws {
    let directory = try TemporaryFolder.make()
    let articlePath = directory.appendingPathComponent("story.txt").path
    try Self.text.write(toFile: articlePath, atomically: true, encoding: .utf8)
    #expect(
      BratCompanion.path(besideArticle: articlePath)
        == directory.appendingPathComponent("story.ann").path)
    #expect(BratCompanion.path(besideArticle: "-") == nil)
    #expect(BratCompanion.read(besideArticle: articlePath, article: article) == nil)
    try "T1\tPerson 0 10\tXi Jinping\nT2\tPerson 0 99999\tfar\n".write(
      toFile: directory.appendingPathComponent("story.ann").path, atomically: true, encoding: .utf8)
    let read = try #require(BratCompanion.read(besideArticle: articlePath, article: article))
    #expect(read.annotations.entities.map(\.name) == ["Xi Jinping"])
    #expect(read.warnings.count == 1 && read.warnings[0].hasPrefix("story.ann: line 2: "))
  }

  @Test func annotateReadsTheFileAndTheOption() throws {
    let directory = try TemporaryFolder.make()
    let articlePath = directory.appendingPathComponent("story.txt").path
    try Self.text.write(toFile: articlePath, atomically: true, encoding: .utf8)
    let command = AnnotateCommandTests()
    let missing = try command.run([
      "annotate", articlePath, "--format", "brat", "--annotations", "file",
    ])
    #expect(missing.status == 66)
    #expect(missing.standardError.contains("--annotations file needs story.ann beside the article"))
    try "T1\tOther 0 10\tXi Jinping\nT2\tPlace 0 99999\tfar\n".write(
      toFile: directory.appendingPathComponent("story.ann").path, atomically: true, encoding: .utf8)
    let fileOnly = try command.run([
      "annotate", articlePath, "--format", "brat", "--annotations", "file",
    ])
    #expect(fileOnly.standardOutput == "T1\tOther 0 10\tXi Jinping\n")
    #expect(fileOnly.standardError.contains("gloss: warning: story.ann: line 2: "))
    let both = try command.run(["annotate", articlePath, "--format", "brat"])
    #expect(both.standardOutput.hasPrefix("T1\tOther 0 10\tXi Jinping\n"))
    let auto = try command.run([
      "annotate", articlePath, "--format", "brat", "--annotations", "auto",
    ])
    #expect(!auto.standardOutput.contains("\tOther 0 10\t"))
  }
}
