import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads cache entries with the system calls directly: the header alone, what filling a
/// library's list from the cache needs ten thousand times over, or the whole entry, looked for
/// once for each article a library annotates (Foundation makes an error, at some cost, for each
/// entry that is not there).
enum CacheFile {
  /// The longest header read; a header is far shorter unless the file is not an entry.
  static let maximumHeader = 64 * 1024

  /// The first bytes of the file, enough to hold the header its first bytes announce (see
  /// ``CacheEntryHeader``), and the file's size; nil when the file cannot be read or announces
  /// a header longer than ``maximumHeader``.
  static func head(_ path: String) -> (bytes: [UInt8], fileSize: Int)? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    let fileSize = Int(status.st_size)
    guard var bytes = readBytes(descriptor, count: min(fileSize, 4096)) else { return nil }
    var reader = ByteReader(bytes)
    guard let length = try? reader.int(), length <= maximumHeader else { return nil }
    let wanted = min(reader.position + length, fileSize)
    if wanted > bytes.count {
      guard let rest = readBytes(descriptor, count: wanted - bytes.count) else { return nil }
      bytes += rest
    }
    return (bytes, fileSize)
  }

  /// The whole file; nil when it cannot be read.
  static func contents(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    return readBytes(descriptor, count: Int(status.st_size))
  }

  /// The next `count` bytes of `descriptor`, fewer at the end of the file; nil on an error.
  private static func readBytes(_ descriptor: Int32, count: Int) -> [UInt8]? {
    guard count > 0 else { return [] }
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, count - filled) }
      if got < 0, errno == EINTR { continue }
      guard got >= 0 else { return nil }
      if got == 0 { break }
      filled += got
    }
    return Array(bytes.prefix(filled))
  }
}
