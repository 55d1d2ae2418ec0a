import GlossCore

/// The actors view's list: the index's actors, searchable by name and alias, in one of three
/// orders computed once when the index arrives, so a sort is a swap and never a sort.
public struct ActorsList: Sendable {
  public let index: ActorIndex
  public private(set) var sort: ActorSort = .quotes
  public internal(set) var list: FilterableList
  private let orders: [ActorSort: [Int]]

  public init(index: ActorIndex) {
    self.index = index
    let actors = index.actors
    let names = actors.map { $0.name.lowercased() }
    orders = [
      .quotes: actors.indices.sorted {
        (actors[$0].quoteCount, actors[$0].articleCount, -$0) > (actors[$1].quoteCount, actors[$1].articleCount, -$1)
      },
      .articles: Array(actors.indices),
      .name: actors.indices.sorted { (names[$0], $0) < (names[$1], $1) },
    ]
    list = FilterableList(texts: actors.map { ([$0.name] + $0.aliases).joined(separator: "\n") }, order: orders[sort])
  }

  /// The selected actor, if any row is shown.
  public var selected: Actor? { list.selectedElement.map { index.actors[$0] } }

  /// Shows the actors in the next order.
  public mutating func cycleSort() {
    sort = sort.next
    list.sort(orders[sort]!)
  }
}
