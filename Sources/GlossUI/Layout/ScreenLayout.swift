/// Where everything goes on a screen of a given size: the title bar, the panes, their tabs and
/// the status line. Plain data, computed from the size and focus alone.
///
/// - wide (at least 100×24): the body beside a column of all five side panes, which get what
///   the body does not need for 80 columns of text (32 to 72 columns), and rows by what they
///   list (``sideHeights(_:rows:)``);
/// - medium (at least 60×16): the body beside one side pane with tabs;
/// - narrow (at least 24×6): one pane at a time, with tabs for all six;
/// - smaller: nothing but a "terminal too small" message.
public struct ScreenLayout: Equatable, Sendable {
  public enum Mode: String, Sendable {
    case wide, medium, narrow, tooSmall
  }

  public static let minimumWidth = 24
  public static let minimumHeight = 6

  public var mode: Mode
  public var width: Int
  public var height: Int
  public var titleBar: Rect
  public var statusLine: Rect
  /// Each visible pane's area, its header row included.
  public var panes: [PaneID: Rect]
  /// The clickable tab labels on a header row, in medium and narrow layouts.
  public var tabs: [PaneID: Rect]
  /// The column of the line between the body and the side panes, if there is one.
  public var separator: Int?

  /// The layout of a `width`×`height` screen; `rowCounts` (rows each side pane lists) shares
  /// the wide layout's column out by need, equally when empty.
  public init(width: Int, height: Int, focus: PaneID, sideTab: PaneID, rowCounts: [PaneID: Int] = [:]) {
    self.width = width
    self.height = height
    titleBar = Rect(x: 0, y: 0, width: width, height: 1)
    statusLine = Rect(x: 0, y: height - 1, width: width, height: 1)
    panes = [:]
    tabs = [:]
    separator = nil
    if width < Self.minimumWidth || height < Self.minimumHeight {
      mode = .tooSmall
      return
    }
    let main = Rect(x: 0, y: 1, width: width, height: height - 2)
    if width >= 100 && height >= 24 {
      mode = .wide
      let side = min(max(width - 85, 32), 72)
      splitBody(main, sideWidth: side)
      let column = Rect(x: width - side, y: main.y, width: side, height: main.height)
      let needs = PaneID.side.map { rowCounts[$0].map { max($0, 1) + 1 } ?? column.height }
      var top = column.y
      for (pane, rows) in zip(PaneID.side, Self.sideHeights(column.height, rows: needs)) {
        panes[pane] = Rect(x: column.x, y: top, width: side, height: rows)
        top += rows
      }
    } else if width >= 60 && height >= 16 {
      mode = .medium
      let side = min(max(width * 2 / 5, 28), 44)
      splitBody(main, sideWidth: side)
      let area = Rect(x: width - side, y: main.y, width: side, height: main.height)
      panes[sideTab] = area
      tabs = Self.tabs(PaneID.side, in: area.row(0))
    } else {
      mode = .narrow
      panes[focus] = main
      tabs = Self.tabs(PaneID.allCases, in: main.row(0))
    }
  }

  /// Shares `total` rows among panes that need `needs` rows each (header included): each gets
  /// what it needs up to a cap set as high as the rows allow, so short lists leave their rows
  /// to long ones; rows over, if every pane has what it needs, go to the last pane.
  static func sideHeights(_ total: Int, rows needs: [Int]) -> [Int] {
    guard !needs.isEmpty else { return [] }
    var cap = 0
    while cap < total, needs.reduce(0, { $0 + min($1, cap + 1) }) <= total { cap += 1 }
    var heights = needs.map { min($0, cap) }
    var left = total - heights.reduce(0, +)
    for index in heights.indices where left > 0 && needs[index] > heights[index] {
      heights[index] += 1
      left -= 1
    }
    heights[heights.count - 1] += left
    return heights
  }

  /// Gives the body everything left of a side area `sideWidth` wide, less the separator.
  private mutating func splitBody(_ main: Rect, sideWidth: Int) {
    panes[.body] = Rect(x: 0, y: main.y, width: width - sideWidth - 1, height: main.height)
    separator = width - sideWidth - 1
  }

  /// Tab labels laid out along `row`: full titles a space apart if they fit, else three-letter
  /// ones side by side.
  static func tabs(_ panes: [PaneID], in row: Rect) -> [PaneID: Rect] {
    let full = panes.reduce(0) { $0 + label($1, short: false).count + 1 }
    let short = full > row.width
    var result: [PaneID: Rect] = [:]
    var x = row.x
    for pane in panes {
      let width = label(pane, short: short).count
      result[pane] = Rect(x: x, y: row.y, width: min(width, max(row.maxX - x, 0)), height: 1)
      x += width + (short ? 0 : 1)
    }
    return result
  }

  /// A tab's text: " 2 Quotes " or " 2 Quo".
  static func label(_ pane: PaneID, short: Bool) -> String {
    short ? " \(pane.rawValue) \(pane.shortTitle)" : " \(pane.rawValue) \(pane.title) "
  }

  /// The pane whose area holds the cell at (`x`, `y`).
  public func pane(at x: Int, _ y: Int) -> PaneID? {
    panes.first { $0.value.contains(x: x, y: y) }?.key
  }

  /// Rows of content in `pane` (its area less the header), 0 when it is not shown.
  public func contentHeight(_ pane: PaneID) -> Int { max((panes[pane]?.height ?? 0) - 1, 0) }
}
