/// Helpers for working on text as Unicode scalars (an article's ``ScalarText`` or an array), where spans
/// are offsets.
extension RandomAccessCollection where Element == Unicode.Scalar, Index == Int {
  /// `span` without leading and trailing white space (empty at its end when all blank).
  func trimmed(_ span: Span) -> Span {
    var start = span.start
    var end = span.end
    while start < end, ScalarClass.isWhitespace(self[start]) { start += 1 }
    while end > start, ScalarClass.isWhitespace(self[end - 1]) { end -= 1 }
    return Span(start, end)
  }

  /// The lines of the text, without their line breaks: `\n`, `\r\n` and a lone `\r` end a line.
  func lines() -> [Span] {
    var lines: [Span] = []
    var start = 0
    var index = 0
    while index < count {
      let scalar = self[index]
      if scalar == "\n" || scalar == "\r" {
        lines.append(Span(start, index))
        index += scalar == "\r" && index + 1 < count && self[index + 1] == "\n" ? 2 : 1
        start = index
      } else {
        index += 1
      }
    }
    if start < count { lines.append(Span(start, count)) }
    return lines
  }

  /// The text of `span` as a string.
  func string(_ span: Span) -> String { string(span.start..<span.end) }
}
