import Foundation
import Testing

@testable import GlossCore

/// Extraction quality on hand-written web pages (`HTMLEvaluation/`), measured the way
/// trafilatura's benchmark does: bag-of-words precision, recall and F1 of the extracted text
/// against the gold article text, over lower-cased word tokens (runs of Unicode letters and digits).
@Suite("HTML extraction evaluation")
struct HTMLEvaluationTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("HTMLEvaluation")

  /// The pages of the set, `NN-slug.html`, in order.
  static func pages() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".html") }
      .sorted()
  }

  /// Lower-cased runs of letters and digits.
  static func tokens(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// Counts of the tokens of `text`.
  static func bag(_ text: String) -> [String: Int] {
    tokens(text).reduce(into: [:]) { $0[$1, default: 0] += 1 }
  }

  struct Score {
    var overlap = 0
    var extracted = 0
    var gold = 0

    var precision: Double { extracted == 0 ? 0 : Double(overlap) / Double(extracted) }
    var recall: Double { gold == 0 ? 0 : Double(overlap) / Double(gold) }
    var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    static func + (a: Score, b: Score) -> Score {
      Score(overlap: a.overlap + b.overlap, extracted: a.extracted + b.extracted, gold: a.gold + b.gold)
    }
  }

  /// Bag-of-words agreement of `extracted` with `gold`: the overlap is the multiset intersection.
  static func score(extracted: String, gold: String) -> Score {
    let e = bag(extracted)
    let g = bag(gold)
    let overlap = e.reduce(0) { $0 + min($1.value, g[$1.key] ?? 0) }
    return Score(
      overlap: overlap, extracted: e.values.reduce(0, +), gold: g.values.reduce(0, +))
  }

  static func format(_ x: Double) -> String { String(format: "%.3f", x) }

  @Test func tokensAreLowerCasedUnicodeWords() {
    #expect(Self.tokens("L'été, à Zürich: 2 500 m²!") == ["l", "été", "à", "zürich", "2", "500", "m²"])
    let s = Self.score(extracted: "a b b c", gold: "b c c d")
    #expect(s.overlap == 2 && s.extracted == 4 && s.gold == 4)
  }

  @Test func extractionMatchesGoldText() throws {
    let pages = try Self.pages()
    #expect(pages.count == 12)
    var total = Score()
    var lowRecall: [String] = []
    print("HTML evaluation: page  precision  recall  F1  (extracted/gold tokens)")
    for page in pages {
      let path = Self.folder.appendingPathComponent(page).path
      let goldURL = Self.folder.appendingPathComponent(
        String(page.dropLast(".html".count)) + ".gold.txt")
      let gold = try String(contentsOf: goldURL, encoding: .utf8)
      let article = try ArticleLoader().load(path).article
      let s = Self.score(extracted: article.text, gold: gold)
      total = total + s
      print(
        "  \(page)  P \(Self.format(s.precision))  R \(Self.format(s.recall))  F1 \(Self.format(s.f1))  (\(s.extracted)/\(s.gold))"
      )
      if s.recall < 0.7 { lowRecall.append(page) }
    }
    print(
      "  overall (micro)  P \(Self.format(total.precision))  R \(Self.format(total.recall))  F1 \(Self.format(total.f1))  (\(total.overlap) overlapping of \(total.extracted)/\(total.gold))"
    )
    #expect(total.f1 >= 0.90, "overall F1 \(Self.format(total.f1))")
    #expect(lowRecall.isEmpty, "recall below 0.7: \(lowRecall)")
  }
}
