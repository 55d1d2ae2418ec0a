import Foundation

/// The name of an article's notes file in the data directory:
/// `NAME.PATHHASH.CONTENTHASH.notes.json`, NAME the article's file name (for people), the two
/// hashes of its absolute path and of its text when the notes were first saved.
///
/// The path finds the notes again after the article is edited; the content finds them after it
/// is moved or renamed unchanged.
struct DataDirectoryKey {
  static let suffix = ".notes.json"

  var name: String
  /// Nil for standard input, which has no path.
  var pathHash: String?
  var contentHash: String

  /// The file in `directory` for this article: one saved for its path, else one saved for its
  /// content, else a new name.
  func find(in directory: String) -> String {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.sorted() ?? []
    let keys = names.compactMap { name in Self.hashes(name).map { (name, $0) } }
    let match =
      keys.first { pathHash != nil && $0.1.path == pathHash }
      ?? keys.first { $0.1.content == contentHash }
    let file = match?.0 ?? "\(name).\(pathHash ?? "-").\(contentHash)\(Self.suffix)"
    return directory + "/" + file
  }

  /// The path and content hashes in a file name of this form.
  static func hashes(_ file: String) -> (path: String, content: String)? {
    guard file.hasSuffix(suffix) else { return nil }
    let parts = file.dropLast(suffix.count).split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 3 else { return nil }
    return (String(parts[parts.count - 2]), String(parts[parts.count - 1]))
  }
}
