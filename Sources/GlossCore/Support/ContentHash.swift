import Foundation

/// A 64-bit FNV-1a hash of bytes, as 16 hex digits: it tells whether a notes file changed and
/// keys notes files by article path and content. Not a cryptographic hash.
enum ContentHash {
  static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  static func hex(_ bytes: some Sequence<UInt8>) -> String {
    Hex.padded(of(bytes), width: 16)
  }
}
