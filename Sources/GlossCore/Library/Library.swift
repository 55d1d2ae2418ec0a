import Foundation

/// The articles opened together: a folder's article files, several files, the items of RSS or
/// Atom feeds, or any mix, in the order they were named (see `docs/library.md`).
///
/// Opening reads only folders and feeds, so it is quick; each item's facts fill in as its
/// article is read (``LibraryReader``), from the annotation cache when it holds them.
public struct Library: Sendable {
  public var items: [LibraryItem]
  /// One line for each named path that gave no article (an empty folder, a feed without items)
  /// and each folder that could not be listed.
  public var problems: [String]

  public init(items: [LibraryItem] = [], problems: [String] = []) {
    self.items = items
    self.problems = problems
  }

  /// The library of `paths`: a folder gives its article files (``FolderScanner``), a feed
  /// (``isFeed(_:)``) its items, any other path the article file it names.
  public static func open(_ paths: [String]) -> Library {
    var library = Library()
    for path in paths { library.add(path) }
    return library
  }

  /// True when `path` names a feed: its extension is `.rss`, `.atom` or `.xml`.
  public static func isFeed(_ path: String) -> Bool {
    ["rss", "atom", "xml"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
  }

  /// True when `path` names a folder (through symbolic links).
  public static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  mutating func add(_ path: String) {
    if Self.isFolder(path) {
      addFolder(path)
    } else if Self.isFeed(path) {
      addFeed(path)
    } else {
      items.append(Self.fileItem(path))
    }
  }

  mutating func addFolder(_ folder: String) {
    let listing = FolderScanner.scan(folder)
    problems += listing.unreadable.map { "\($0): the folder cannot be read" }
    if listing.articles.isEmpty, listing.unreadable.isEmpty {
      problems.append("\(folder): no articles in the folder (.txt, .md, .html files)")
    }
    items += listing.articles.map(Self.fileItem)
  }

  /// The item of the article file at `path`, named by its file name until it is read.
  public static func fileItem(_ path: String) -> LibraryItem {
    LibraryItem(
      origin: .file(path: path), content: .file(path: path),
      headline: URL(fileURLWithPath: path).lastPathComponent)
  }
}
