import GlossCore

/// Everything the library shows, as a value: its articles as they fill in, the order and
/// filter of their list, the actors across them once indexed, the view on screen and what is
/// open over it. `update(_:)` changes it for an event and ``LibraryView`` draws it, so key
/// sequences are tested without a terminal (as ``ReaderState`` is).
public struct LibraryState: Sendable {
  /// What was opened, for the title bar ("news/", "3 files", "feed.xml").
  public let title: String
  public internal(set) var items: [LibraryItem]
  /// The notes on each article; nil until it has been read.
  public internal(set) var noteCounts: [Int?]
  /// The articles' list: its order, filter and selection (elements are item indices).
  public internal(set) var articles: FilterableList
  public internal(set) var sort: LibrarySort = .library
  /// Each item's keys for the date and source orders (``DateKey``, lower-cased source; -1 and
  /// nil when unknown), kept as items fill in so that sorting compares numbers and strings only.
  var dateKeys: [Int]
  var sourceKeys: [String?]
  /// The actors across the articles, once every article has been read.
  public internal(set) var actors: ActorsList?
  /// The actor pages open, the one shown last.
  public internal(set) var actorPages: [ActorPage] = []
  public internal(set) var screen: LibraryScreen = .articles
  public internal(set) var overlay: LibraryOverlay = .none
  /// A one-line notice for the status line, until the next key.
  public var message: StatusMessage?
  /// How many articles the background load has done, while it runs.
  public internal(set) var progress: (done: Int, total: Int)?
  /// The news library's read marks, one an item; nil for a library of files and feeds.
  public internal(set) var readMarks: [Bool]?
  /// How many feeds a background refresh of the news has done (of how many), while it runs.
  public internal(set) var refreshing: (done: Int, total: Int)?
  public var keyMap: KeyMap
  public private(set) var width: Int
  public private(set) var height: Int

  public init(
    library: Library, title: String, width: Int, height: Int, keyMap: KeyMap = .standard, readMarks: [Bool]? = nil
  ) {
    self.title = title
    self.readMarks = readMarks
    items = library.items
    noteCounts = Array(repeating: nil, count: library.items.count)
    articles = FilterableList(texts: library.items.map(Self.searchText))
    dateKeys = library.items.map(Self.dateKey)
    sourceKeys = library.items.map { $0.source?.lowercased() }
    self.keyMap = keyMap
    self.width = width
    self.height = height
    if let problem = library.problems.first {
      let more = library.problems.count > 1 ? " (+\(library.problems.count - 1) more)" : ""
      message = StatusMessage(problem + more, isError: true)
    }
  }

  /// Rows of a list on screen: all but the title bar, the column header and the status line.
  public var listHeight: Int { max(height - 3, 1) }

  /// The actor page on screen, if any.
  public var actorPage: ActorPage? { actorPages.last }

  /// The library item the selected row of the articles' list shows.
  public var selectedItem: Int? { articles.selectedElement }

  /// The item's date as a number that sorts by date, -1 without one.
  static func dateKey(_ item: LibraryItem) -> Int { item.date.flatMap(DateKey.of) ?? -1 }

  /// What `/` finds an article by: its headline, source, date, error and file or feed item.
  static func searchText(_ item: LibraryItem) -> String {
    [item.headline, item.source ?? "", item.date ?? "", item.error ?? "", item.origin.name].joined(separator: "\n")
  }

  /// Opens the page of the actor that entity `entity` of item `item` belongs to, over the
  /// article open at that item: `q` there returns `.resumeArticle`. Returns nil when it is
  /// shown, else the reason for the reader's status line (the entity is no actor, or the
  /// actors are not indexed yet).
  public mutating func showActor(item: Int, entity: String) -> StatusMessage? {
    guard let actors else {
      let done = progress.map { " (\($0.done)/\($0.total) read)" } ?? ""
      return StatusMessage("The actors are indexed once every article is read\(done)", isError: true)
    }
    guard let actor = actors.index.actor(item: item, entity: entity) else {
      return StatusMessage("Not a person, organisation or country of the library", isError: true)
    }
    actorPages.append(ActorPage(actor: actor, back: .article(over: screen)))
    screen = .actor
    overlay = .none
    return nil
  }

  mutating func resize(width: Int, height: Int) {
    self.width = width
    self.height = height
    keepSelectionVisible()
  }

  /// Scrolls the list on screen so its selection shows.
  mutating func keepSelectionVisible() {
    let height = listHeight
    switch screen {
    case .articles: articles.keepVisible(height: height)
    case .actors: actors?.list.keepVisible(height: height)
    case .actor:
      if !actorPages.isEmpty { actorPages[actorPages.count - 1].keepVisible(height: height) }
    }
  }
}
