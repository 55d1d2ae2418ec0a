/// The order people expect of file names: letters without regard to (ASCII) case, and runs of
/// digits by their value, so `2.txt` comes before `10.txt` and `b.txt` after `A.txt`. Names
/// equal that way are ordered by their code points, so the order is total.
enum NaturalOrder {
  static func areInOrder(_ lhs: String, _ rhs: String) -> Bool {
    let left = Array(lhs.unicodeScalars)
    let right = Array(rhs.unicodeScalars)
    var i = 0
    var j = 0
    while i < left.count, j < right.count {
      if isDigit(left[i]), isDigit(right[j]) {
        let leftRun = digitRun(left, from: i)
        let rightRun = digitRun(right, from: j)
        if let order = compareNumbers(left[leftRun], right[rightRun]) { return order }
        i = leftRun.upperBound
        j = rightRun.upperBound
        continue
      }
      let a = folded(left[i])
      let b = folded(right[j])
      if a != b { return a < b }
      i += 1
      j += 1
    }
    if left.count - i != right.count - j { return left.count - i < right.count - j }
    return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
  }

  /// True when the number written `lhs` is smaller than `rhs`, false when larger, nil when equal.
  static func compareNumbers(_ lhs: ArraySlice<Unicode.Scalar>, _ rhs: ArraySlice<Unicode.Scalar>) -> Bool? {
    let a = lhs.drop { $0 == "0" }
    let b = rhs.drop { $0 == "0" }
    if a.count != b.count { return a.count < b.count }
    if let difference = zip(a, b).first(where: { $0 != $1 }) { return difference.0 < difference.1 }
    return nil
  }

  static func digitRun(_ scalars: [Unicode.Scalar], from start: Int) -> Range<Int> {
    var end = start
    while end < scalars.count, isDigit(scalars[end]) { end += 1 }
    return start..<end
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

  /// `scalar` with ASCII capitals made small.
  static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
    scalar.value >= 0x41 && scalar.value <= 0x5A ? scalar.value | 0x20 : scalar.value
  }
}
