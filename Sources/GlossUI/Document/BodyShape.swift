/// The width and fold of a body layout: what the reader asks a background wrap for.
public struct BodyShape: Equatable, Sendable {
  public let width: Int
  public let expanded: Bool
}
