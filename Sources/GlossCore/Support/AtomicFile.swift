import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file's contents atomically: the data goes to a temporary file in the same
/// directory, is flushed to disk, and is renamed over the file, so a crash at any point leaves
/// either the old file or the new one, never a mix. The directory is flushed too, unless the
/// caller only needs atomicity (a cache, whose entries can be recomputed).
enum AtomicFile {
  /// Why a write failed: the system's message, for the user.
  struct Failure: Error {
    var reason: String

    init(_ reason: String) { self.reason = reason }

    /// The message of the current `errno`.
    static func system() -> Failure { Failure(String(cString: strerror(errno))) }
  }

  /// Writes `data` as the file at `path`, replacing any file there and keeping its permissions;
  /// with `durably` false, nothing is flushed to disk (the rename is still atomic). `write` puts
  /// the data into the temporary file's descriptor (a test gives one that fails as a full disk).
  static func replace(
    _ path: String, with data: Data, durably: Bool = true, write: Writer = writeAll
  ) throws(Failure) {
    var status = stat()
    if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { throw Failure("is a directory") }
    let temporary = hiddenSibling(of: path, suffix: temporaryMark + UUID().uuidString)
    // The permissions of the file there (not of a link's target), else the usual ones.
    let mode = lstat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw .system() }
    var failure = write(data, descriptor)
    if failure == nil, durably, fsync(descriptor) != 0 { failure = .system() }
    if close(descriptor) != 0, failure == nil { failure = .system() }
    if failure == nil, rename(temporary, path) != 0 { failure = .system() }
    if let failure {
      unlink(temporary)
      throw failure
    }
    if durably { syncDirectory(PathName.directory(path)) }
  }

  /// What follows the file's name in a temporary file's: `.NAME.tmp-UUID`.
  static let temporaryMark = ".tmp-"

  /// The hidden file beside the one at `path` named after it: `.NAME` and `suffix`.
  static func hiddenSibling(of path: String, suffix: String) -> String {
    PathName.directory(path) + "/." + PathName.lastComponent(path) + suffix
  }

  /// Writes data to a descriptor, or says why it could not.
  typealias Writer = (Data, Int32) -> Failure?

  /// Writes all of `data` to `descriptor`, or says why it could not.
  static func writeAll(_ data: Data, to descriptor: Int32) -> Failure? {
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return .system()
        }
        offset += written
      }
      return nil
    }
  }

  /// Flushes the directory, so the rename itself survives a crash; failing that is not an error
  /// (some file systems refuse to sync directories).
  static func syncDirectory(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}
