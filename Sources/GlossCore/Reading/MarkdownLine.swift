/// What one line of a Markdown article is, with the span of its content (markers removed).
enum MarkdownLine: Equatable {
  case blank
  /// An ATX heading (`#` to `######`); the content has no `#` markers.
  case heading(level: Int, content: Span)
  /// A `>` line; the content has no `>` markers and is empty for a bare `>`.
  case quote(content: Span)
  /// A `-`, `*`, `+` or `1.` / `1)` list item.
  case listItem(content: Span)
  /// A thematic break (`---`, `***`, `___`).
  case rule
  case text(content: Span)

  /// Classifies `line` (a span without its line break) of `scalars`.
  init(_ line: Span, in scalars: ScalarText) {
    let content = scalars.trimmed(line)
    guard !content.isEmpty else {
      self = .blank
      return
    }
    let start = content.start
    if let level = Self.headingLevel(scalars, at: start, end: content.end) {
      self = .heading(level: level, content: Self.headingContent(scalars, content, level: level))
    } else if scalars[start] == ">" {
      var index = start
      while index < content.end, scalars[index] == ">" || scalars[index] == " " { index += 1 }
      self = .quote(content: Span(index, content.end))
    } else if Self.isRule(scalars, content) {
      self = .rule
    } else if let markerEnd = Self.listMarkerEnd(scalars, at: start, end: content.end) {
      self = .listItem(content: scalars.trimmed(Span(markerEnd, content.end)))
    } else {
      self = .text(content: content)
    }
  }

  /// The level of an ATX heading opening at `start`: one to six `#` then white space or the end.
  static func headingLevel(_ scalars: ScalarText, at start: Int, end: Int) -> Int? {
    var index = start
    while index < end, scalars[index] == "#" { index += 1 }
    let level = index - start
    guard (1...6).contains(level), index == end || ScalarClass.isWhitespace(scalars[index]) else {
      return nil
    }
    return level
  }

  /// A heading's text: after the opening `#`s, without a closing run of `#`s.
  static func headingContent(_ scalars: ScalarText, _ line: Span, level: Int) -> Span {
    let text = scalars.trimmed(Span(line.start + level, line.end))
    var end = text.end
    while end > text.start, scalars[end - 1] == "#" { end -= 1 }
    if end == text.start || ScalarClass.isWhitespace(scalars[end - 1]) {
      return scalars.trimmed(Span(text.start, end))
    }
    return text
  }

  /// True for three or more `-`, `*` or `_` (the same one), with optional spaces between.
  static func isRule(_ scalars: ScalarText, _ line: Span) -> Bool {
    let marker = scalars[line.start]
    guard marker == "-" || marker == "*" || marker == "_" else { return false }
    var count = 0
    for scalar in scalars[line.start..<line.end] {
      if scalar == marker {
        count += 1
      } else if scalar != " " && scalar != "\t" {
        return false
      }
    }
    return count >= 3
  }

  /// Where a list marker opening at `start` ends (after its white space), if there is one.
  static func listMarkerEnd(_ scalars: ScalarText, at start: Int, end: Int) -> Int? {
    var index = start
    if "-*+".unicodeScalars.contains(scalars[index]) {
      index += 1
    } else {
      while index < end, index - start < 9, ("0"..."9").contains(scalars[index]) {
        index += 1
      }
      guard index > start, index < end, scalars[index] == "." || scalars[index] == ")" else {
        return nil
      }
      index += 1
    }
    guard index < end, scalars[index] == " " || scalars[index] == "\t" else { return nil }
    return index
  }
}
