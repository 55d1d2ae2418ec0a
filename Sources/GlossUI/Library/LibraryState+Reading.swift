import GlossCore

/// The news library's own keys and news: read marks (`r`, and opening an item), a refresh of
/// every feed in the background (`R`) with its progress, and the list made anew from the store
/// once the refresh is done.
extension LibraryState {
  /// True for the news library (`gloss` with no argument).
  public var isNews: Bool { readMarks != nil }

  /// How many items are not read yet.
  public var unreadCount: Int { readMarks?.lazy.filter { !$0 }.count ?? 0 }

  /// `r`: the selected item read, or unread again.
  mutating func toggleRead() -> LibraryEffect? {
    guard isNews else {
      message = StatusMessage("r marks news read: gloss with no argument opens the news")
      return nil
    }
    guard screen == .articles, let item = selectedItem else { return nil }
    readMarks![item].toggle()
    return .setRead(item: item, isRead: readMarks![item])
  }

  /// Marks `item` read as it is opened; true when it was unread (so the store is to be told).
  public mutating func markOpened(_ item: Int) -> Bool {
    guard let marks = readMarks, marks.indices.contains(item), !marks[item] else { return false }
    readMarks![item] = true
    return true
  }

  /// `R`: a refresh, unless one runs.
  mutating func askRefresh() -> LibraryEffect? {
    guard isNews else {
      message = StatusMessage("R refreshes the news: gloss with no argument opens it")
      return nil
    }
    guard refreshing == nil else {
      message = StatusMessage("The news is being refreshed already")
      return nil
    }
    refreshing = (0, 0)
    return .refresh
  }

  /// Takes the background refresh's news: its progress, or its end.
  public mutating func recordRefresh(_ news: NewsRefresh.News) {
    switch news {
    case .progress(let done, let total): refreshing = (done, total)
    case .finished(let summary, _, _):
      refreshing = nil
      message = StatusMessage(summary)
    case .failed(let reason):
      refreshing = nil
      message = StatusMessage(reason, isError: true)
    }
  }

  /// The list made anew from `library` (the store after a refresh), keeping its order, its
  /// filter, the selected item and the size on screen; the actors are indexed again by a new
  /// background load.
  public mutating func reload(_ library: Library, readMarks: [Bool]) {
    var reloaded = LibraryState(
      library: library, title: title, width: width, height: height, keyMap: keyMap, readMarks: readMarks)
    reloaded.message = message
    reloaded.refreshing = refreshing
    reloaded.sort = sort
    if sort != .library { reloaded.articles.sort(reloaded.sortedItems(by: sort)) }
    reloaded.articles.filter(articles.query)
    let selected = selectedItem.map { items[$0].origin }
    if let index = reloaded.items.firstIndex(where: { $0.origin == selected }) { reloaded.articles.select(element: index) }
    reloaded.keepSelectionVisible()
    self = reloaded
  }
}
