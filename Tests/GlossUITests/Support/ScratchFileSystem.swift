import Foundation
import GlossTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A small tmpfs mounted on a fresh temporary directory, for disks that fail as real ones do:
/// filled up (writes fail with ENOSPC) or remounted read-only (EROFS, even for root). Unmounted
/// and removed when released. Mounting needs root (CAP_SYS_ADMIN); tests that need one are
/// enabled only where ``canMount`` is true.
final class ScratchFileSystem {
  let directory: String

  /// Mounts a tmpfs of `kilobytes`.
  init(kilobytes: Int = 64) throws {
    directory = try TemporaryFolder.make().path
    guard mount("tmpfs", directory, "tmpfs", 0, "size=\(kilobytes)k") == 0 else {
      throw ScratchFileSystemError("cannot mount a tmpfs on \(directory): \(String(cString: strerror(errno)))")
    }
  }

  deinit {
    umount2(directory, Int32(MNT_DETACH))
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// True when this process may mount a tmpfs (tried once, on a scratch directory).
  static let canMount: Bool = (try? ScratchFileSystem(kilobytes: 4)) != nil

  /// A path in the file system.
  func path(_ name: String) -> String { directory + "/" + name }

  /// Writes a file of zeros until the file system is full; returns the error that stopped it
  /// (ENOSPC).
  @discardableResult
  func fill() -> Int32 {
    let descriptor = open(path(".filler"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    defer { close(descriptor) }
    let block = [UInt8](repeating: 0, count: 4096)
    while write(descriptor, block, block.count) > 0 {}
    return errno
  }

  /// Makes the file system read-only, keeping what is on it.
  func remountReadOnly() throws {
    guard mount("tmpfs", directory, "tmpfs", UInt(MS_REMOUNT | MS_RDONLY), nil) == 0 else {
      throw ScratchFileSystemError("cannot remount \(directory) read-only: \(String(cString: strerror(errno)))")
    }
  }
}

struct ScratchFileSystemError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
