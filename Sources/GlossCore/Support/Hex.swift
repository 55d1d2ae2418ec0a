/// Numbers written as fixed-width lowercase hexadecimal: hashes in file names and headers,
/// `\u` escapes in JSON.
enum Hex {
  /// `value` in hexadecimal, zero-padded to at least `width` digits.
  static func padded(_ value: some BinaryInteger, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
