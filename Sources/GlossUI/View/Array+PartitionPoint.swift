extension Array {
  /// The index of the first element for which `isBefore` is false, in an array where it is
  /// true for a prefix and false after (binary search).
  func partitionPoint(_ isBefore: (Element) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if isBefore(self[mid]) { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
