/// What a note is on: the article (`source`) and the passage, by quote and by position.
public struct NoteTarget: Equatable, Sendable {
  /// The article: its URL, or its file as a `file://` URL.
  public var source: String
  public var quote: TextQuoteSelector?
  public var position: TextPositionSelector?
  /// The target as it was read (other selectors, a `state`, …); the known fields are written over it.
  var raw: JSONNode

  init(source: String, quote: TextQuoteSelector?, position: TextPositionSelector?, raw: JSONNode) {
    self.source = source
    self.quote = quote
    self.position = position
    self.raw = raw
  }

  public init(source: String, quote: TextQuoteSelector?, position: TextPositionSelector?) {
    self.init(source: source, quote: quote, position: position, raw: .object([:]))
  }

  /// The passage `span` of `scalars` in `source`, with both selectors.
  public init(source: String, span: Span, in scalars: [Unicode.Scalar]) {
    self.init(
      source: source, quote: TextQuoteSelector(span: span, in: scalars),
      position: TextPositionSelector(span))
  }
}
