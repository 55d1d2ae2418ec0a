import GlossCore

extension LibraryState {
  /// Takes the background load's news: articles fill in (the list keeps its order, filter and
  /// selected article; a news item's text joins what `/` finds it by), progress shows in the
  /// status line until the actors are indexed, and then the actors view opens up.
  public mutating func record(_ news: LibraryLoad.News) {
    switch news {
    case .items(let batch):
      for outcome in batch {
        switch outcome.result {
        case .success(let read):
          items[outcome.item].record(read.facts)
          noteCounts[outcome.item] = read.notes
        case .failure(let error):
          items[outcome.item].record(error)
        }
        articles.setText(Self.searchText(items[outcome.item]) + (outcome.text.map { "\n" + $0 } ?? ""), of: outcome.item)
        dateKeys[outcome.item] = Self.dateKey(items[outcome.item])
        sourceKeys[outcome.item] = items[outcome.item].source?.lowercased()
      }
      if sort == .library { articles.refilter() } else { articles.sort(sortedItems(by: sort)) }
      let height = listHeight
      articles.keepVisible(height: height)
    case .progress(let done, let total):
      progress = (done, total)
    case .indexed(let index):
      progress = nil
      actors = ActorsList(index: index)
    }
  }

  /// Records that the article at `item` now has `count` notes (after reading it).
  public mutating func setNoteCount(_ count: Int, of item: Int) {
    noteCounts[item] = count
  }

  /// The item indices in `sort`'s order; items lacking the key (no date, no source, not yet
  /// counted) come last, in library order.
  func sortedItems(by sort: LibrarySort) -> [Int] {
    let indices = Array(items.indices)
    switch sort {
    case .library:
      return indices
    case .date:
      let keys = dateKeys
      return indices.sorted { (keys[$0], -$0) > (keys[$1], -$1) }
    case .source:
      let keys = sourceKeys
      return indices.sorted { a, b in
        switch (keys[a], keys[b]) {
        case (let x?, let y?): (x, a) < (y, b)
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): a < b
        }
      }
    case .quotes:
      let keys = items.map { $0.quoteCount ?? -1 }
      return indices.sorted { (keys[$0], -$0) > (keys[$1], -$1) }
    }
  }
}
