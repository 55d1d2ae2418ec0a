/// Where a list pane is: the selected row and the first row on screen.
public struct ListPosition: Hashable, Sendable {
  public var selected = 0
  public var top = 0

  public init(selected: Int = 0, top: Int = 0) {
    self.selected = selected
    self.top = top
  }
}
