/// The width and fold of a body layout: what the reader asks a background wrap for.
public struct BodyShape: Equatable, Sendable {
  /// The text width, in columns.
  public let width: Int
  /// True when the publisher text is unfolded.
  public let expanded: Bool
}
