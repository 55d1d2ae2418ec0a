import Foundation

/// Turns an input's bytes into article text: decodes UTF-16 that starts with a byte order mark,
/// refuses binary and empty input, drops a UTF-8 byte order mark, and replaces invalid UTF-8 with
/// U+FFFD (with a warning). Linear in the input.
enum ArticleDecoder {
  /// The decoded text and any warnings, each naming `name`.
  static func decode(_ data: Data, name: String) throws(ArticleLoadError) -> (
    text: String, warnings: [String]
  ) {
    if let encoding = utf16Encoding(data) {
      guard let text = String(data: data.dropFirst(2), encoding: encoding), !text.unicodeScalars.contains("\u{0}")
      else { throw .binary(name: name) }
      if text.unicodeScalars.allSatisfy(ScalarClass.isWhitespace) { throw .empty(name: name) }
      return (text, [])
    }
    if containsNUL(data) { throw .binary(name: name) }
    var body = data
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var warnings: [String] = []
    let text: String
    if let valid = String(data: body, encoding: .utf8) {
      text = valid
    } else {
      text = String(decoding: body, as: UTF8.self)
      warnings.append("\(name): invalid UTF-8 replaced with U+FFFD")
    }
    if text.unicodeScalars.allSatisfy(ScalarClass.isWhitespace) { throw .empty(name: name) }
    return (text, warnings)
  }

  /// The byte order a UTF-16 byte order mark at the start of `data` names, if there is one.
  static func utf16Encoding(_ data: Data) -> String.Encoding? {
    if data.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
    if data.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
    return nil
  }

  /// True when `data` holds a NUL byte, the mark of a binary file.
  static func containsNUL(_ data: Data) -> Bool {
    data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memchr(base, 0, buffer.count) != nil
    }
  }
}
