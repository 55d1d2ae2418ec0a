import Foundation
import GlossCore

/// Scores the annotator on the regression set in `Regression/`: articles written for the project
/// with gold quotes and speakers. Rules were fixed on its errors, so it guards against going back,
/// and says nothing of unseen news (that is `scripts/evaluate.sh`'s work).
struct QuoteRegression {
  /// One gold quote of an article.
  struct Gold: Decodable {
    var text: String
    var kind: String
    var speaker: String?
  }

  /// One article's gold file.
  struct GoldFile: Decodable {
    var article: String
    var quotes: [Gold]
    var not_quotes: [String]
  }

  /// The counts the scores come from.
  struct Counts {
    var gold = 0
    var found = 0
    var matched = 0
    var goldDirect = 0
    var foundDirect = 0
    var matchedDirect = 0
    var speakersJudged = 0
    var speakersRight = 0
    var errors: [String] = []

    var precision: Double { found == 0 ? 0 : Double(matched) / Double(found) }
    var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var directF1: Double {
      let p = foundDirect == 0 ? 0 : Double(matchedDirect) / Double(foundDirect)
      let r = goldDirect == 0 ? 0 : Double(matchedDirect) / Double(goldDirect)
      return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    var speakerAccuracy: Double { speakersJudged == 0 ? 0 : Double(speakersRight) / Double(speakersJudged) }
  }

  static let folder = Fixtures.root.appendingPathComponent("Tests/GlossCoreTests/Regression")

  /// Scores every article of the corpus: quotes in quotation marks (direct, partial, block)
  /// against the gold direct and partial quotes, a found quote matching a gold one when they
  /// overlap by at least half of the gold quote.
  static func run() throws -> Counts {
    var counts = Counts()
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".gold.json") }.sorted()
    for file in files {
      let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: folder.appendingPathComponent(file)))
      let article = try ArticleLoader().load(folder.appendingPathComponent(gold.article).path).article
      let annotations = Annotator().annotate(article)
      score(gold, article, annotations, into: &counts)
    }
    return counts
  }

  private static func score(_ gold: GoldFile, _ article: Article, _ annotations: Annotations, into counts: inout Counts) {
    // Quotes nested in a quote are scored with it: the gold marks only the outer one.
    let found = annotations.quotes.filter { $0.kind != .indirect && $0.parent == nil }
    var used = Set<String>()
    var searchFrom = 0
    counts.gold += gold.quotes.count
    counts.found += found.count
    counts.goldDirect += gold.quotes.filter { $0.kind == "direct" }.count
    counts.foundDirect += found.filter { $0.kind == .direct }.count
    for quote in gold.quotes {
      guard let span = locate(quote.text, in: article.scalars, from: searchFrom) ?? locate(quote.text, in: article.scalars, from: 0) else {
        counts.errors.append("\(gold.article): gold text not found: \(quote.text.prefix(40))")
        continue
      }
      searchFrom = span.end
      let match = found.filter { !used.contains($0.id) }.first { overlap($0.pieces, span) * 2 >= span.length }
      guard let match else {
        counts.errors.append("\(gold.article): missed “\(quote.text.prefix(50))”")
        continue
      }
      used.insert(match.id)
      counts.matched += 1
      if quote.kind == "direct", match.kind == .direct { counts.matchedDirect += 1 }
      counts.speakersJudged += 1
      if sameSpeaker(match.speaker, quote.speaker, annotations) {
        counts.speakersRight += 1
      } else {
        counts.errors.append(
          "\(gold.article): “\(quote.text.prefix(40))” by \(quote.speaker ?? "nobody"), found \(match.speaker?.name ?? "nobody")")
      }
    }
    for quote in found where !used.contains(quote.id) {
      counts.errors.append("\(gold.article): extra \(quote.kind.rawValue) “\(quote.text.prefix(50))”")
    }
  }

  /// True when the found speaker is the gold one: the same name, a name that contains the gold
  /// one or is contained in it ("the Ministry of Health" and "Ministry of Health"), or no named
  /// speaker when the gold has none.
  static func sameSpeaker(_ found: SpeakerRef?, _ gold: String?, _ annotations: Annotations) -> Bool {
    guard let gold else { return found?.entity == nil }
    guard let found else { return false }
    let names = [found.name] + (found.entity.flatMap(annotations.entity)?.aliases ?? [])
    return names.contains { $0 == gold || $0.contains(gold) || gold.contains($0) && $0.count > 3 }
  }

  static func overlap(_ pieces: [Span], _ span: Span) -> Int {
    pieces.reduce(0) { $0 + max(0, min($1.end, span.end) - max($1.start, span.start)) }
  }

  static func locate(_ text: String, in scalars: ScalarText, from start: Int) -> Span? {
    let needle = Array(text.unicodeScalars)
    guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
    var index = start
    while index + needle.count <= scalars.count {
      if scalars[index] == needle[0], Array(scalars[index..<index + needle.count]) == needle {
        return Span(index, index + needle.count)
      }
      index += 1
    }
    return nil
  }
}
