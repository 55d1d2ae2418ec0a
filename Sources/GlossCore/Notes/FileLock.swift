import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock (`flock(2)`, exclusive) that serialises one read-merge-write of a file across
/// processes: held from reading the file to renaming its new version over it.
///
/// The lock is on a lock file beside the file, `.NAME.lock`, made on first use and never replaced
/// or removed. The file itself cannot carry it: a rename puts a new inode in its place, and a
/// second process would lock that one while the first still holds the old. Nor may the lock file
/// be removed after use: a process that had opened it before the removal would lock the removed
/// inode while a third locked a new one. The kernel drops the lock when its descriptor is closed,
/// also when the holder dies (`kill -9`), so a crash never leaves the file locked.
///
/// Locks held through separate opens conflict in one process too (`flock` belongs to the open file,
/// not to the process as `fcntl` locks do), so two stores in one program also take turns.
struct FileLock {
  /// The lock file, open; closing it releases the lock.
  private let descriptor: Int32
  /// When the lock was taken. Every save of the file makes and renames its temporary file while
  /// holding the lock, so a temporary file older than this was left by a save that died.
  let acquired: Date

  /// What asking for the lock came to.
  enum Attempt {
    case held(FileLock)
    /// The lock cannot be had here: the lock file cannot be opened, or the file system refuses
    /// locks (`ENOLCK`, `EOPNOTSUPP`: some network and FUSE file systems). Why, in a few words.
    case unavailable(String)
  }

  /// Another process held the lock for the whole timeout.
  struct Busy: Error {
    /// The lock file, for the message: `fuser` or `lsof` on it names the holder.
    var lockPath: String
  }

  /// How the lock is asked for: `flock(2)`'s signature (a test gives one that refuses, as a file
  /// system without locks does).
  typealias Call = (Int32, Int32) -> Int32

  /// `flock(2)` itself.
  static func flockCall(_ descriptor: Int32, _ operation: Int32) -> Int32 { flock(descriptor, operation) }

  /// The lock file of the file at `path`.
  static func path(for path: String) -> String { AtomicFile.hiddenSibling(of: path, suffix: ".lock") }

  /// Takes the lock of the file at `path`, asking again every 2 ms while another process holds
  /// it, and giving up once one holder has kept it for `timeout` without saving the file. A queue
  /// of holders that each save in turn is no reason to give up, however long it is; a holder that
  /// hangs is. The pause does not grow, so a process that has waited long is not overtaken by
  /// every newcomer.
  static func acquire(for path: String, timeout: Duration, call: Call = flockCall) throws(Busy) -> Attempt {
    let lockPath = Self.path(for: path)
    var descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    // Someone else's lock file, or a read-only disk: a read-only descriptor locks as well.
    if descriptor < 0, errno == EACCES || errno == EROFS { descriptor = open(lockPath, O_RDONLY | O_CLOEXEC) }
    guard descriptor >= 0 else {
      let name = (lockPath as NSString).lastPathComponent
      return .unavailable("\(name) cannot be opened: \(AtomicFile.Failure.system().reason)")
    }
    let clock = ContinuousClock()
    var deadline = clock.now + timeout
    var seen = version(of: path)
    while call(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let error = errno
      if error == EINTR { continue }
      guard error == EWOULDBLOCK else {
        close(descriptor)
        return .unavailable("locking refused: \(String(cString: strerror(error)))")
      }
      let now = version(of: path)
      if now != seen { (seen, deadline) = (now, clock.now + timeout) }
      guard clock.now < deadline else {
        close(descriptor)
        throw Busy(lockPath: lockPath)
      }
      usleep(2_000)
    }
    return .held(FileLock(descriptor: descriptor, acquired: Date()))
  }

  /// What tells one version of the file at `path` from the next: its device, inode (a save
  /// renames a new file in), size and modification time; nil when there is none.
  private static func version(of path: String) -> [Int]? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    #if canImport(Darwin)
      let modified = status.st_mtimespec
    #else
      let modified = status.st_mtim
    #endif
    return [Int(status.st_dev), Int(status.st_ino), Int(status.st_size), modified.tv_sec, modified.tv_nsec]
  }

  /// Lets the lock go. The lock file stays, for the next save.
  func release() { close(descriptor) }
}
