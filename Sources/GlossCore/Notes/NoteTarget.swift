import Foundation

/// What a note is on: the article (`source`) and the passage, by quote and by position.
///
/// Targets are equal when their source and selectors are; other fields read from a file are
/// carried along but not compared.
public struct NoteTarget: Equatable, Sendable {
  /// The article: its URL, or its file as a `file://` URL.
  public var source: String
  public var quote: TextQuoteSelector?
  public var position: TextPositionSelector?
  /// The target as it was read (other selectors, a `state`, …); the known fields are written over it.
  var raw: JSONValue

  init(source: String, quote: TextQuoteSelector?, position: TextPositionSelector?, raw: JSONValue) {
    self.source = source
    self.quote = quote
    self.position = position
    self.raw = raw
  }

  public static func == (lhs: NoteTarget, rhs: NoteTarget) -> Bool {
    (lhs.source, lhs.quote, lhs.position) == (rhs.source, rhs.quote, rhs.position)
  }

  public init(source: String, quote: TextQuoteSelector?, position: TextPositionSelector?) {
    self.init(source: source, quote: quote, position: position, raw: .object([:]))
  }

  /// The passage `span` of `scalars` in `source`, with both selectors.
  public init(source: String, span: Span, in scalars: ScalarText) {
    self.init(
      source: source, quote: TextQuoteSelector(span: span, in: scalars),
      position: TextPositionSelector(span))
  }
}

extension NoteTarget {
  /// The `source` of notes on the article at `path` (`-` for standard input): its front matter
  /// URL if it has one, else its file as an absolute `file://` URL.
  public static func source(articlePath path: String, article: Article) -> String {
    if let url = article.metadata.url { return url }
    if path == "-" { return "urn:gloss:standard-input" }
    return URL(fileURLWithPath: path).standardizedFileURL.absoluteString
  }
}
