import Foundation
import GlossCore
import GlossTestSupport

@testable import GlossUI

/// Articles, hand-made annotations and states the reader tests share.
enum ReaderFixtures {
  /// The package root.
  static let root = GlossBinary.root

  static let thaadPath = GlossBinary.thaad

  /// The THAAD sample as the loader reads it.
  static func thaad() throws -> Article { try ArticleLoader().load(thaadPath).article }

  /// A file of `Tests/GlossUITests/Fixtures/`, loaded.
  static func fixture(_ name: String) throws -> Article {
    try ArticleLoader().load(root.appendingPathComponent("Tests/GlossUITests/Fixtures/" + name).path).article
  }

  /// An article read from `text` (headline line, blank line, paragraphs).
  static func article(_ text: String) throws -> Article {
    try ArticleLoader().load(Data(text.utf8), name: "test", format: nil).article
  }

  /// The themes shipped in `Themes/`.
  static let themes = ThemeLoader(locator: ThemeLocator(directories: [root.appendingPathComponent("Themes").path]))

  /// A reader state for `article` with `annotations` on a `width`×`height` screen.
  static func state(
    _ article: Article, _ annotations: Annotations = Annotations(), width: Int = 120, height: Int = 40
  ) -> ReaderState {
    ReaderState(document: ReaderDocument(article: article, annotations: annotations), width: width, height: height)
  }

  /// The span of the `occurrence`-th appearance of `snippet` in `article`.
  static func span(_ snippet: String, in article: Article, occurrence: Int = 0) -> Span {
    let text = article.text
    var searchRange = text.startIndex..<text.endIndex
    var found = text.range(of: snippet, range: searchRange)!
    for _ in 0..<occurrence {
      searchRange = found.upperBound..<text.endIndex
      found = text.range(of: snippet, range: searchRange)!
    }
    let scalars = text.unicodeScalars
    let start = scalars.distance(from: scalars.startIndex, to: found.lowerBound)
    return Span(start, start + snippet.unicodeScalars.count)
  }

  /// Annotations of the THAAD sample written by hand, so pane tests do not depend on the
  /// extractors: five quotes, nine entities, two sources, three stances.
  static func handAnnotations(for article: Article) -> Annotations {
    func at(_ snippet: String, _ occurrence: Int = 0) -> Span { span(snippet, in: article, occurrence: occurrence) }
    func quote(_ id: String, _ text: String, _ speaker: String, _ entity: String?) -> Quote {
      Quote(id: id, span: at(text), text: text, kind: .direct, speaker: SpeakerRef(entity: entity, name: speaker, span: at(speaker)))
    }
    let entities = [
      Entity(id: "xi", name: "Xi Jinping", type: .person, aliases: ["Xi"], mentions: [at("Xi Jinping"), at("Xi was"), at("President Xi")]),
      Entity(id: "moon", name: "Moon Jae-in", type: .person, mentions: [at("Moon Jae-in"), at("Moon’s"), at("Moon called")]),
      Entity(id: "yang", name: "Yang Jiechi", type: .person, mentions: [at("Yang Jiechi")]),
      Entity(id: "tong", name: "Tong Zhao", type: .person, mentions: [at("Tong Zhao")]),
      Entity(id: "reuters", name: "Reuters", type: .organization, mentions: [at("Reuters")]),
      Entity(id: "cnn", name: "CNN", type: .organization, mentions: [at("CNN"), at("CNN", 1)]),
      Entity(id: "korea", name: "South Korea", type: .place, mentions: [at("South Korea", 1), at("South Korea", 2)]),
      Entity(id: "china", name: "China", type: .place, mentions: [at("China", 1), at("China", 2)]),
      Entity(id: "thaad", name: "THAAD", type: .other, mentions: [at("THAAD", 1), at("THAAD", 2)]),
    ]
    let quotes = [
      quote("q1", "normal track", "Xi Jinping", "xi"),
      quote("q2", "hopes that South Korea can respect China’s major concerns", "Yang Jiechi", "yang"),
      quote("q3", "Both countries want to improve relations", "Tong Zhao", "tong"),
      quote("q4", "But THAAD is still the most critical barrier", "Tong Zhao", "tong"),
      quote("q5", "really backed itself into a corner", "Adam Cathcart", nil),
    ]
    let sources = [
      Source(id: "reuters", name: "Reuters", type: .agency, entity: "reuters", citations: [Citation(span: at("a Reuters report"), kind: .report)]),
      Source(
        id: "cnn", name: "CNN", type: .outlet, entity: "cnn",
        citations: [
          Citation(span: at("in an article titled"), kind: .article, title: "Can South Korea and China patch things up over THAAD?"),
          Citation(span: at("he told CNN"), kind: .interview),
        ]),
    ]
    let stances = [
      Stance(actor: "china", name: "China", target: "THAAD", polarity: .oppose, evidence: [at("a U.S. anti-missile system that it opposes")]),
      Stance(actor: "moon", name: "Moon Jae-in", target: "THAAD", polarity: .oppose, evidence: [at("Moon called for the deployment of THAAD to be halted")]),
      Stance(actor: "tong", name: "Tong Zhao", target: "THAAD", polarity: .neutral, evidence: [at("THAAD is still the most critical barrier")]),
    ]
    return Annotations(entities: entities, quotes: quotes, sources: sources, stances: stances)
  }

  /// The THAAD sample with the hand-made annotations.
  static func handState(width: Int = 120, height: Int = 40) throws -> ReaderState {
    let article = try thaad()
    return state(article, handAnnotations(for: article), width: width, height: height)
  }
}

extension ReaderState {
  /// Feeds `keys` one by one, as typed: each character is a key; returns the last effect.
  @discardableResult
  mutating func type(_ keys: String) -> ReaderEffect? {
    var effect: ReaderEffect?
    for character in keys { effect = update(.key(.character(character))) }
    return effect
  }

  /// Feeds one key.
  @discardableResult
  mutating func press(_ key: Key) -> ReaderEffect? { update(.key(key)) }

  /// The screen as text lines with the built-in theme.
  var screen: [String] { ReaderView(state: self, theme: .builtin).render().lines }

  /// The status line's text.
  var statusLine: String { screen.last ?? "" }
}
