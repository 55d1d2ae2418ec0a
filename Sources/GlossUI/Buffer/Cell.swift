/// One screen cell: the grapheme shown there, how many columns it takes, and its style.
///
/// A wide grapheme (width 2) is followed by a continuation cell of width 0 and empty text, which
/// backends skip: the terminal draws the right half of the wide one there.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var width: Int
  public var style: Style

  public init(text: String, width: Int, style: Style) {
    self.text = text
    self.width = width
    self.style = style
  }

  /// A blank cell of `style`.
  public static func blank(_ style: Style = .plain) -> Cell { Cell(text: " ", width: 1, style: style) }

  /// The right half of a wide grapheme.
  public static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }

  public var isContinuation: Bool { width == 0 }
}
