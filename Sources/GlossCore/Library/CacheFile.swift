import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the first line of a cache entry without reading the rest: what filling a library's
/// list from the cache needs, ten thousand times over, so it uses the system calls directly.
enum CacheFile {
  /// The longest first line read; a header is far shorter unless the file is not an entry.
  static let maximumLine = 64 * 1024

  /// The bytes of the file's first line (without its line break) and the file's size, or nil
  /// when the file cannot be read or holds no line break in its first ``maximumLine`` bytes.
  static func firstLine(_ path: String) -> (line: Data, fileSize: Int)? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    var line = Data()
    var chunk = [UInt8](repeating: 0, count: 4096)
    while line.count < maximumLine {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return nil }
      if let newline = chunk[0..<count].firstIndex(of: UInt8(ascii: "\n")) {
        line.append(contentsOf: chunk[0..<newline])
        return (line, Int(status.st_size))
      }
      line.append(contentsOf: chunk[0..<count])
    }
    return nil
  }
}
