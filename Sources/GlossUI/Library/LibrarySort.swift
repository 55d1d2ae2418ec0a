/// The orders a library's list can be shown in; `s` goes to the next one.
public enum LibrarySort: String, CaseIterable, Sendable {
  /// As the library was opened: folders in natural order, feeds in their order.
  case library
  /// Newest first; articles without a date last.
  case date
  /// By source, A to Z; articles without one last.
  case source
  /// Most quotes first.
  case quotes

  /// The next order in the cycle.
  public var next: LibrarySort {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}
