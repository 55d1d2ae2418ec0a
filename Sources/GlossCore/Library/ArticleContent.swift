import Foundation

/// What a library item's article is read from: a file, a page made of a feed item's content,
/// or nothing (an item that names no readable article, with the reason).
enum ArticleContent: Sendable {
  case file(path: String)
  case page(Data)
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
    case .page(let data): return (data, .html)
    case .unavailable(let error): throw error
    }
  }

  /// The path of the file read, if the content is one (for a brat file beside it).
  var path: String? {
    if case .file(let path) = self { return path }
    return nil
  }
}
