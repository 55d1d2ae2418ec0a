import Foundation

/// Why notes could not be read or saved, with a one-line message and a sysexits code.
public enum NotesError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The notes file exists but is not a notes collection Gloss can read (corrupt JSON, another
  /// kind of document, a read error). The store opens read-only and never writes over it.
  case unreadable(path: String, reason: String)
  /// The file is a notes collection of a major version this Gloss does not know.
  case unsupportedVersion(path: String, version: String)
  /// The store is read-only because its file could not be read; nothing was changed.
  case readOnly(path: String, because: String)
  /// Writing the file failed (a read-only directory, a full disk, a directory in the way); the
  /// notes in memory are kept and the old file is untouched.
  case saveFailed(path: String, reason: String)
  /// Another process held the notes file's lock (``FileLock``) for `seconds` without saving the
  /// file; nothing was written, the notes in memory are kept, and trying again later may work.
  case locked(path: String, lockPath: String, seconds: Int)

  /// The notes file's path.
  public var path: String {
    switch self {
    case .unreadable(let path, _), .unsupportedVersion(let path, _), .readOnly(let path, _),
      .saveFailed(let path, _), .locked(let path, _, _):
      return path
    }
  }

  /// The problem, without the path.
  public var reason: String {
    switch self {
    case .unreadable(_, let reason), .saveFailed(_, let reason): return reason
    case .unsupportedVersion(_, let version): return "format \(version) is newer than this Gloss reads"
    case .readOnly(_, let because): return because
    case .locked(_, let lockPath, let seconds):
      let name = (lockPath as NSString).lastPathComponent
      return "another program has held its lock \(name) for \(seconds) s; try again"
    }
  }

  /// One line naming the file and the problem.
  public var message: String {
    switch self {
    case .unreadable, .unsupportedVersion: return "\(path): notes cannot be read (\(reason))"
    case .readOnly: return "\(path): notes are read-only (\(reason))"
    case .saveFailed, .locked: return "\(path): notes cannot be saved (\(reason))"
    }
  }

  /// The sysexits(3) code: 65 (EX_DATAERR) for a file that cannot be read as notes, 73
  /// (EX_CANTCREAT) when the notes cannot be written, 75 (EX_TEMPFAIL) when another program kept
  /// them locked.
  public var exitCode: Int32 {
    switch self {
    case .unreadable, .unsupportedVersion, .readOnly: return 65
    case .saveFailed: return 73
    case .locked: return 75
    }
  }

  public var description: String { message }
}
