/// Why an article could not be read, with a one-line message for the user and a sysexits code.
public enum ArticleLoadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No file at the path.
  case missing(name: String)
  /// The path names a directory.
  case directory(name: String)
  /// The file exists but reading it failed.
  case unreadable(name: String, reason: String)
  /// The file holds NUL bytes: not text.
  case binary(name: String)
  /// The file is empty or holds only white space.
  case empty(name: String)
  /// An HTML file with no markup in it.
  case notHTML(name: String)
  /// A page in which no article text was found.
  case noArticle(name: String)

  /// The input's name as the user gave it ("standard input" for `-`).
  public var name: String {
    switch self {
    case .missing(let name), .directory(let name), .unreadable(let name, _), .binary(let name),
      .empty(let name), .notHTML(let name), .noArticle(let name):
      return name
    }
  }

  /// One line naming the input and the problem.
  public var message: String {
    switch self {
    case .missing: return "\(name): no such file"
    case .directory: return "\(name): is a directory, not an article"
    case .unreadable(_, let reason): return "\(name): cannot be read (\(reason))"
    case .binary: return "\(name): is a binary file (it contains NUL bytes), not a text article"
    case .empty: return "\(name): is empty (no text to read)"
    case .notHTML: return "\(name): is not an HTML page (it holds no markup)"
    case .noArticle: return "\(name): no article text found in the page"
    }
  }

  /// The sysexits(3) code: 66 (EX_NOINPUT) when there is nothing to read, 65 (EX_DATAERR) when
  /// what was read is not an article.
  public var exitCode: Int32 {
    switch self {
    case .missing, .directory, .unreadable: return 66
    case .binary, .empty, .notHTML, .noArticle: return 65
    }
  }

  public var description: String { message }
}
