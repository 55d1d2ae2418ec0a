/// A framed box of text lines over the screen (the reader's help, the library's help),
/// scrolled down by a number of lines, with a "j/↓ for more" mark when lines are below, and
/// each occurrence of `marking` (ignoring case) drawn in `markStyle`.
enum TextBox {
  static func draw(
    _ lines: [String], maxWidth: Int, title: String, scroll: Int, into buffer: inout CellBuffer, style: Style,
    marking: String = "", markStyle: Style = .plain
  ) {
    guard
      let box = Frame.list(lines: lines.count, maxWidth: maxWidth, title: title, into: &buffer, style: style)
    else { return }
    let width = box.width
    let visible = box.height - 2
    let first = min(max(scroll, 0), max(lines.count - visible, 0))
    if first + visible < lines.count {
      buffer.put(" j/↓ for more ", x: box.maxX - 16, y: box.maxY - 1, style: style)
    }
    for row in 0..<visible {
      let y = box.y + 1 + row
      if lines.indices.contains(first + row) {
        let line = lines[first + row]
        let end = Truncation.put(line, into: &buffer, x: box.x + 2, y: y, width: width - 4, style: style)
        var from = line.startIndex
        while !marking.isEmpty, let found = line.range(of: marking, options: .caseInsensitive, range: from..<line.endIndex) {
          let x = box.x + 2 + DisplayWidth.of(String(line[..<found.lowerBound]))
          if x < end { buffer.put(String(line[found]), x: x, y: y, style: markStyle, limit: end - x) }
          from = found.upperBound
        }
      }
    }
  }
}
