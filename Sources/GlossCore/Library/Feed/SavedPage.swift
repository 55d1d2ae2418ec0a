import Foundation

/// Finds the saved copy of a feed item's linked page beside the feed (see `docs/library.md`):
///
/// - a `file:` URL names the file itself (relative ones from the feed's folder);
/// - a link without a scheme is a path, relative to the feed's folder unless absolute;
/// - an `http` or `https` link names the file in the feed's folder with the link's last path
///   segment as its name, as it is, else with `.html` or `.htm` after it
///   (`https://example.com/news/story/` → `story`, `story.html`, `story.htm`).
///
/// Only an existing regular file in the feed's folder or below it counts (symbolic links
/// resolved), so a feed cannot make Gloss read files elsewhere; nothing is fetched.
enum SavedPage {
  /// The saved page for `link` beside the feed in `folder`, if one exists.
  static func path(for link: String, feedFolder folder: String) -> String? {
    let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    return candidates(for: link, feedFolder: folder).first { path in
      let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      return resolved.hasPrefix(root == "/" ? "/" : root + "/") && isFile(resolved)
    }
  }

  /// The paths `link` may name, in the order they are tried.
  static func candidates(for link: String, feedFolder folder: String) -> [String] {
    let base = URL(fileURLWithPath: folder, isDirectory: true)
    guard let url = URL(string: link), let scheme = url.scheme?.lowercased() else {
      let path = link.removingPercentEncoding ?? link
      return [path.hasPrefix("/") ? path : base.appendingPathComponent(path).path]
    }
    switch scheme {
    case "file":
      return [url.path.hasPrefix("/") ? url.path : base.appendingPathComponent(url.path).path]
    case "http", "https":
      guard let name = url.pathComponents.last(where: { $0 != "/" }), !name.hasPrefix(".") else { return [] }
      let file = base.appendingPathComponent(name).path
      return [file, file + ".html", file + ".htm"]
    default:
      return []
    }
  }

  static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }
}
