/// A file path's parts, read from its characters: what Foundation's `URL(fileURLWithPath:)`
/// gives without its cost (it asks the file system whether the path is a folder, and builds an
/// absolute URL), which a library pays several times for each of thousands of articles.
///
/// Paths are taken as written: a relative path keeps relative parts (`notes.txt` is in `.`),
/// and trailing slashes are ignored (`a/b/` names `b` in `a`).
enum PathName {
  /// The last component: `b.txt` of `a/b.txt`.
  static func lastComponent(_ path: String) -> Substring {
    let trimmed = withoutTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
    return trimmed[trimmed.index(after: slash)...]
  }

  /// The folder holding the last component: `a` of `a/b.txt`, `/` of `/b.txt`, `.` of `b.txt`.
  static func directory(_ path: String) -> String {
    let trimmed = withoutTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }

  /// What follows the last dot of the last component (`txt` of `a/b.txt`); empty when it has no
  /// dot but a leading one (`.profile`, `notes`).
  static func pathExtension(_ path: String) -> Substring {
    let name = lastComponent(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...]
  }

  /// `path` with its extension (and that extension's dot) replaced by `newExtension`:
  /// `a/b.ann` for `a/b.txt`, `a/notes.ann` for `a/notes`.
  static func replacingExtension(of path: String, with newExtension: String) -> String {
    let name = lastComponent(path)
    let old = pathExtension(path)
    let stem = old.isEmpty ? name.endIndex : name.index(before: old.startIndex)
    return String(path[..<stem]) + "." + newExtension
  }

  private static func withoutTrailingSlashes(_ path: String) -> Substring {
    var trimmed = Substring(path)
    while trimmed.hasSuffix("/"), trimmed != "/" { trimmed.removeLast() }
    return trimmed
  }
}
