/// One line of a list pane (quotes, entities, sources, stances): styled pieces of text and,
/// for selectable lines, what Enter jumps to.
public struct ListRow: Hashable, Sendable {
  /// A run of text and the theme scope it is drawn in.
  public struct Piece: Hashable, Sendable {
    public var text: String
    public var scope: String

    public init(_ text: String, _ scope: String) {
      self.text = text
      self.scope = scope
    }
  }

  public var pieces: [Piece]
  public var target: ListTarget?

  public init(_ pieces: [Piece], target: ListTarget? = nil) {
    self.pieces = pieces
    self.target = target
  }
}

/// What a list row stands for, by index or id into the document.
public enum ListTarget: Hashable, Sendable {
  case quote(Int)
  case entity(String)
  case source(String)
  case stance(Int)
  /// A note, by id.
  case note(String)
}
