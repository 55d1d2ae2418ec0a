/// A half-open range of Unicode scalar (code point) offsets into an article's decoded text.
///
/// Every position Gloss reports uses this convention (brat and Python tools do too), so other
/// tools can slice the same text with the offsets Gloss prints.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    precondition(start <= end, "span end before start")
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
  public func overlaps(_ other: Span) -> Bool { other.start < end && start < other.end }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..<\(end)" }
}
