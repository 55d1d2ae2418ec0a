import Foundation

/// Writes bytes to standard output as they are, with no copy into `Data`: the pieces of
/// `gloss annotate`'s output (``OutputBuffer``).
enum StandardOutput {
  static func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written)
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return }
        written += count
      }
    }
  }
}
