import Foundation

/// What a library item's article is read from: a file, bytes in a known format (a page made of a
/// feed item's content, a stored news article), or nothing (an item that names no readable
/// article, with the reason).
enum ArticleContent: Sendable {
  case file(path: String)
  case bytes(Data, format: ArticleFormat)
  case unavailable(LibraryReadError)

  /// The bytes, and the format to read them in: the file name's, else what the bytes show.
  func bytes() throws(LibraryReadError) -> (data: Data, format: ArticleFormat) {
    switch self {
    case .file(let path):
      do {
        let data = try ArticleLoader().readFile(path)
        return (data, ArticleFormat(named: path) ?? ArticleFormat(sniffing: data))
      } catch {
        throw LibraryReadError(error)
      }
    case .bytes(let data, let format): return (data, format)
    case .unavailable(let error): throw error
    }
  }

  /// The path of the file read, if the content is one (for a brat file beside it).
  var path: String? {
    if case .file(let path) = self { return path }
    return nil
  }
}
