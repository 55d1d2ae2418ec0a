/// Disjoint sets over `0..<count`, for grouping brat mentions linked by `Equiv` lines.
struct UnionFind {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  /// The representative of `element`'s set.
  mutating func root(_ element: Int) -> Int {
    var root = element
    while parent[root] != root { root = parent[root] }
    var current = element
    while parent[current] != root { (current, parent[current]) = (parent[current], root) }
    return root
  }

  /// Puts `first` and `second` in one set.
  mutating func union(_ first: Int, _ second: Int) {
    let (a, b) = (root(first), root(second))
    if a != b { parent[max(a, b)] = min(a, b) }
  }
}
