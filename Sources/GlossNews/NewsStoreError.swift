import GRDB

/// Why the news store could not do what was asked: one line for the user, and the sysexits
/// code of the command that met it.
public struct NewsStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// 65 (EX_DATAERR) for a request the store refuses (an unknown feed, one already there), 74
  /// (EX_IOERR) when the database cannot be read or written.
  public var exitCode: Int32

  public init(message: String, exitCode: Int32) {
    self.message = message
    self.exitCode = exitCode
  }

  /// SQLite's or the file system's `error` on the database at `path`.
  init(path: String, _ error: any Error) {
    let reason = (error as? DatabaseError)?.message ?? "\(error)"
    self.init(message: "\(path): the news database cannot be used (\(reason))", exitCode: 74)
  }

  public var description: String { message }
}
