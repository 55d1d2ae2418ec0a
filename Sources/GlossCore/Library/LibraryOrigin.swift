/// Where a library's article comes from: an article file, an item of a feed file, or an item of
/// the news store.
public enum LibraryOrigin: Hashable, Sendable {
  /// An article file, by the path it was found at.
  case file(path: String)
  /// The item numbered `number` (from 1, in the feed's order) of the feed file at `feed`.
  case feedItem(feed: String, number: Int)
  /// The news store's item `id` (`$XDG_DATA_HOME/gloss/news.sqlite`).
  case news(id: Int64)

  /// How messages name it: the path, or `FEED item N`.
  public var name: String {
    switch self {
    case .file(let path): return path
    case .feedItem(let feed, let number): return "\(feed) item \(number)"
    case .news(let id): return "news item \(id)"
    }
  }
}
