import Foundation

/// The order people expect of file names: letters without regard to case, and runs of digits by
/// their value, so `2.txt` comes before `10.txt` and `b.txt` after `A.txt` (Foundation's numeric,
/// case-insensitive comparison). Names equal that way are ordered by their code points, so the
/// order is total.
enum NaturalOrder {
  static func areInOrder(_ lhs: String, _ rhs: String) -> Bool {
    switch lhs.compare(rhs, options: [.numeric, .caseInsensitive]) {
    case .orderedAscending: return true
    case .orderedDescending: return false
    case .orderedSame: return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }
  }
}
