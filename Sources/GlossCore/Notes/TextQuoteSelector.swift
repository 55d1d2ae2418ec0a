/// The W3C `TextQuoteSelector`: a passage by its exact text and the text around it, which is what
/// finds a note again when the article has changed.
public struct TextQuoteSelector: Hashable, Sendable {
  /// How many Unicode scalars of context Gloss keeps on each side.
  public static let contextLength = 32

  public var exact: String
  public var prefix: String
  public var suffix: String

  public init(exact: String, prefix: String = "", suffix: String = "") {
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
  }

  /// The quote of `span` in `scalars`, with up to ``contextLength`` scalars of context each side.
  public init(span: Span, in scalars: ScalarText) {
    exact = scalars.string(span.start..<span.end)
    prefix = scalars.string(max(0, span.start - Self.contextLength)..<span.start)
    suffix = scalars.string(span.end..<min(scalars.count, span.end + Self.contextLength))
  }
}
