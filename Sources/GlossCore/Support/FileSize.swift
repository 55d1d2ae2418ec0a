#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The size of a file by `stat(2)`: what the loaders check before reading, without
/// `FileManager`'s attributes (which look up the owner's and group's names too).
public enum FileSize {
  /// The size in bytes of the file at `path` (through symbolic links), or nil when it cannot be
  /// examined.
  public static func of(_ path: String) -> Int? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return Int(status.st_size)
  }
}
