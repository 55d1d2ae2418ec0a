/// The orders the actors view can be shown in; `s` goes to the next one.
public enum ActorSort: String, CaseIterable, Sendable {
  /// Most quotes first.
  case quotes
  /// Named in the most articles first.
  case articles
  /// By name, A to Z.
  case name

  /// The next order in the cycle.
  public var next: ActorSort {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}
