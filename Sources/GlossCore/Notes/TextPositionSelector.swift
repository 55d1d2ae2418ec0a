/// The W3C `TextPositionSelector`: a passage by its offsets, in Unicode scalars of the decoded
/// article text, end exclusive, like every other span in Gloss.
public struct TextPositionSelector: Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public init(_ span: Span) { self.init(start: span.start, end: span.end) }

  /// The offsets as a span, when they make one (start not after end, neither negative).
  public var span: Span? { start >= 0 && start <= end ? Span(start, end) : nil }
}
