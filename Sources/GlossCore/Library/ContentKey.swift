import Foundation

/// What an article's annotation cache entry is found by: a hash of the bytes the article is read
/// from, their count, and the format they are read in (the same bytes as `.md` and as `.txt` are
/// different articles).
///
/// The hash is ``ContentHash``'s 64-bit FNV-1a: not cryptographic, and with the length and the
/// format beside it a collision between two articles is not a practical concern.
public struct ContentKey: Hashable, Sendable {
  public var hash: UInt64
  public var length: Int
  public var format: ArticleFormat

  public init(hash: UInt64, length: Int, format: ArticleFormat) {
    self.hash = hash
    self.length = length
    self.format = format
  }

  /// The key of `data` read as `format`.
  public init(_ data: Data, format: ArticleFormat) {
    self.init(hash: data.withUnsafeBytes { ContentHash.of($0) }, length: data.count, format: format)
  }

  /// The hash as 16 hex digits.
  public var hashHex: String {
    Hex.padded(hash, width: 16)
  }

  /// The entry's file name: `HASH-LENGTH-FORMAT.entry`.
  var fileName: String { "\(hashHex)-\(length)-\(format.rawValue).entry" }
}
