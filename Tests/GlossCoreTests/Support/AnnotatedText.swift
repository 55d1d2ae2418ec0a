import Foundation
import GlossCore

/// A short article written in a test, annotated with the real loader and annotator, with
/// look-ups by text so tests read as sentences about the article.
struct AnnotatedText {
  let article: Article
  let annotations: Annotations

  /// Annotates `body` as a plain-text article under `headline`.
  init(_ body: String, headline: String = "Test article") throws {
    let data = Data((headline + "\n\n" + body).utf8)
    article = try ArticleLoader().load(data, name: "test", format: .text).article
    annotations = Annotator().annotate(article)
  }

  /// The quote whose text contains `snippet`, the innermost when quotes nest.
  func quote(_ snippet: String) -> Quote? {
    annotations.quotes.filter { $0.text.contains(snippet) }.min { $0.span.length < $1.span.length }
  }

  /// The speaker's resolved name for the quote containing `snippet`.
  func speaker(of snippet: String) -> String? { quote(snippet)?.speaker?.name }

  /// The words that name the speaker of the quote containing `snippet` ("he", "who", a name)
  /// and the name they resolve to, as "words → name".
  func speakerMention(of snippet: String) -> String? {
    quote(snippet)?.speaker.map { article.string($0.span) + " → " + $0.name }
  }

  /// The entity whose name or alias is `name`.
  func entity(_ name: String) -> Entity? {
    annotations.entities.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// The stance of the actor named `name` on the first topic.
  func stance(_ name: String) -> Polarity? { annotations.stances.first { $0.name == name }?.polarity }

  /// The texts of the evidence spans of the stance of the actor named `name`.
  func evidence(_ name: String) -> [String] {
    (annotations.stances.first { $0.name == name }?.evidence ?? []).map(article.string)
  }
}
