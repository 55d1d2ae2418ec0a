/// Why a library item could not be read: a one-line message naming the item, and the sysexits
/// code `gloss` uses for it.
public struct LibraryReadError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  /// 66 (EX_NOINPUT) when there is nothing to read, 65 (EX_DATAERR) when what was read is not
  /// an article.
  public var exitCode: Int32

  public init(message: String, exitCode: Int32) {
    self.message = message
    self.exitCode = exitCode
  }

  /// The failure to load an article file or page.
  public init(_ error: ArticleLoadError) {
    self.init(message: error.message, exitCode: error.exitCode)
  }

  public var description: String { message }
}
