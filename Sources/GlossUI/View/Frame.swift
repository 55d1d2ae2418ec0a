/// A framed box over the panes (the help, the links, the note editor): filled with one style, a line
/// border, and a title on its top border.
enum Frame {
  /// A `width`×`height` box centred in `buffer` (across, and down unless `top` says where it
  /// starts), drawn; returns its area.
  @discardableResult
  static func draw(
    width: Int, height: Int, title: String, into buffer: inout CellBuffer, style: Style, top: Int? = nil
  ) -> Rect {
    let y = top.map { min(max($0, 0), max(buffer.height - height, 0)) } ?? (buffer.height - height) / 2
    let box = Rect(x: (buffer.width - width) / 2, y: y, width: width, height: height)
    buffer.fill(box, style: style)
    let rule = String(repeating: "─", count: width - 2)
    buffer.put("┌" + rule + "┐", x: box.x, y: box.y, style: style)
    buffer.put("└" + rule + "┘", x: box.x, y: box.maxY - 1, style: style)
    for y in box.y + 1..<box.maxY - 1 {
      buffer.put("│", x: box.x, y: y, style: style)
      buffer.put("│", x: box.maxX - 1, y: y, style: style)
    }
    Truncation.put(title, into: &buffer, x: box.x + 2, y: box.y, width: width - 4, style: style.patched(with: Style(attributes: .bold)))
    return box
  }

  /// A box centred in `buffer` for `lines` lines of text at most `maxWidth` columns wide
  /// (border included), smaller on a small screen, drawn; nil when no line would fit.
  static func list(
    lines: Int, maxWidth: Int, title: String, into buffer: inout CellBuffer, style: Style
  ) -> Rect? {
    let width = min(maxWidth, buffer.width - 2)
    let height = min(lines + 2, buffer.height - 2)
    guard width > 4, height > 2 else { return nil }
    return draw(width: width, height: height, title: title, into: &buffer, style: style)
  }
}
