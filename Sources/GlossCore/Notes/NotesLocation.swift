import Foundation

/// Where an article's notes are kept, and why there: what the reader shows the user.
public struct NotesLocation: Equatable, Sendable {
  /// Why the notes file is where it is.
  public enum Kind: Equatable, Sendable {
    /// The path the user gave (`--notes FILE`).
    case chosen
    /// `ARTICLE.notes.json`, beside the article.
    case besideArticle
    /// In the user's data directory, because the article's directory is not writable.
    case dataDirectory
    /// In the user's data directory, because the article has no file to keep them beside
    /// (standard input, an item of a feed), keyed by its text, or by its web address when it
    /// has one (a page, a stored news item).
    case noFolder
  }

  public var path: String
  public var kind: Kind

  public init(path: String, kind: Kind) {
    self.path = path
    self.kind = kind
  }

  /// The notes file of the article at `articlePath` (`-` for one without a file: standard
  /// input, a feed's item; or a web address) whose decoded text
  /// is `text` (made only when the key needs it): `chosen` when given, else `ARTICLE.notes.json` when the article's directory is
  /// writable, else a file in ``dataDirectory(environment:)`` keyed by the article's absolute
  /// path and content (see ``DataDirectoryKey``).
  public static func resolve(
    articlePath: String, text: @autoclosure () -> String, chosen: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> NotesLocation {
    if let chosen { return NotesLocation(path: chosen, kind: .chosen) }
    if WebAddress.looksLikeURL(articlePath) {
      let name = URL(string: articlePath).map { $0.lastPathComponent.isEmpty || $0.lastPathComponent == "/" ? $0.host ?? "web" : $0.lastPathComponent }
      let key = DataDirectoryKey(
        name: (name ?? "web").replacingOccurrences(of: "/", with: "-"), pathHash: ContentHash.hex(articlePath.utf8),
        contentHash: ContentHash.hex(text().utf8))
      return NotesLocation(path: key.find(in: dataDirectory(environment: environment)), kind: .noFolder)
    }
    guard articlePath != "-" else {
      let key = DataDirectoryKey(name: "standard-input", pathHash: nil, contentHash: ContentHash.hex(text().utf8))
      return NotesLocation(path: key.find(in: dataDirectory(environment: environment)), kind: .noFolder)
    }
    let article = URL(fileURLWithPath: articlePath).standardizedFileURL
    if FileManager.default.isWritableFile(atPath: article.deletingLastPathComponent().path) {
      return NotesLocation(path: articlePath + ".notes.json", kind: .besideArticle)
    }
    let key = DataDirectoryKey(
      name: article.lastPathComponent, pathHash: ContentHash.hex(article.path.utf8),
      contentHash: ContentHash.hex(text().utf8))
    return NotesLocation(path: key.find(in: dataDirectory(environment: environment)), kind: .dataDirectory)
  }

  /// `$XDG_DATA_HOME/gloss/notes` (``XDG/dataHome(_:)``).
  public static func dataDirectory(environment: [String: String]) -> String {
    XDG.dataHome(environment) + "/gloss/notes"
  }
}
