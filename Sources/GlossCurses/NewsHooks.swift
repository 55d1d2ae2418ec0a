import GlossCore
import GlossUI

/// What the news library needs of the program around it, which holds the news store: marking
/// an item read, starting a refresh of every feed, and reading a reloaded list's articles.
public struct NewsHooks {
  /// Stores that `item` is read (or not); returns why it could not, or nil.
  public var setRead: (_ item: LibraryItem, _ isRead: Bool) -> String?
  /// A started background refresh of every feed.
  public var refresh: () -> NewsRefresh
  /// The background reading of a reloaded list's articles.
  public var load: (_ items: [LibraryItem]) -> LibraryLoad

  public init(
    setRead: @escaping (LibraryItem, Bool) -> String?, refresh: @escaping () -> NewsRefresh,
    load: @escaping ([LibraryItem]) -> LibraryLoad
  ) {
    self.setRead = setRead
    self.refresh = refresh
    self.load = load
  }
}
