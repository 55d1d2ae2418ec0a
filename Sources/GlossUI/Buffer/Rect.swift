/// A rectangle of screen cells: where a pane or an overlay is drawn.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(width, 0)
    self.height = max(height, 0)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }

  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }

  /// The rectangle less `top` rows at its top.
  public func droppingTop(_ top: Int) -> Rect {
    Rect(x: x, y: y + min(top, height), width: width, height: height - top)
  }

  /// The single row at `row` (relative to the top).
  public func row(_ row: Int) -> Rect { Rect(x: x, y: y + row, width: width, height: 1) }
}

/// A cell position on the screen.
public struct Point: Hashable, Sendable {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}
