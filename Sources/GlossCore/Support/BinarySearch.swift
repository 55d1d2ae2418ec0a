extension RandomAccessCollection where Index == Int {
  /// The first index whose element does not satisfy `isBefore`, in a collection where the
  /// elements that satisfy it all come first (a binary search).
  public func partitionIndex(where isBefore: (Element) -> Bool) -> Int {
    var low = startIndex
    var high = endIndex
    while low < high {
      let mid = (low + high) / 2
      if isBefore(self[mid]) { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
