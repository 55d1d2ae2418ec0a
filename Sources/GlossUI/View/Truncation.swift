/// Writing text cut to a width with an ellipsis, counting columns.
enum Truncation {
  /// Writes `text` at (`x`, `y`) in at most `width` columns, ending in "…" when cut.
  @discardableResult
  static func put(_ text: String, into buffer: inout CellBuffer, x: Int, y: Int, width: Int, style: Style) -> Int {
    guard width > 0 else { return x }
    if DisplayWidth.of(text) <= width { return buffer.put(text, x: x, y: y, style: style, limit: width) }
    let end = buffer.put(text, x: x, y: y, style: style, limit: width - 1)
    return buffer.put("…", x: min(end, x + width - 1), y: y, style: style, limit: 1)
  }
}
