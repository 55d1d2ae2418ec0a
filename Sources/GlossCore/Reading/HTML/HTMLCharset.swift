import CLibXML2
import Foundation

/// Decides how the bytes of a page are decoded, the way browsers do: a byte order mark, else the
/// charset a `<meta>` tag declares near the top (when libxml2 knows it), else UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252.
///
/// Labels for Latin-1 and ASCII mean Windows-1252, as in the WHATWG Encoding standard: pages
/// labelled ISO-8859-1 routinely hold its curly quotes and dashes in bytes 0x80–0x9F.
enum HTMLCharset {
  /// How far into the page a `<meta>` declaration is looked for.
  static let prescanLength = 4_096
  /// Labels read as Windows-1252.
  static let windows1252Labels: Set<String> = [
    "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "ibm819", "us-ascii",
    "ascii", "windows-1252", "cp1252", "x-cp1252", "x-user-defined",
  ]

  /// The encoding libxml2 should read `data` in, and whether it was guessed (nothing declared
  /// and not UTF-8).
  static func encoding(of data: Data) -> (name: String, guessed: Bool) {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", false) }
    if data.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", false) }
    if data.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", false) }
    if let label = declaredLabel(in: data.prefix(prescanLength)) {
      if windows1252Labels.contains(label) { return ("windows-1252", false) }
      // A page that says UTF-16 without a byte order mark is ASCII-compatible: read it as UTF-8.
      if label.hasPrefix("utf-16") { return ("UTF-8", false) }
      if isKnown(label) { return (label, false) }
    }
    if String(data: data, encoding: .utf8) != nil { return ("UTF-8", false) }
    return ("windows-1252", true)
  }

  /// True when libxml2 can decode the encoding `label` names.
  static func isKnown(_ label: String) -> Bool {
    guard let handler = xmlFindCharEncodingHandler(label) else { return false }
    xmlCharEncCloseFunc(handler)
    return true
  }

  /// The lowercased label of the first `charset=` inside a `<meta` tag of `head`, if any.
  static func declaredLabel(in head: Data) -> String? {
    let bytes = [UInt8](head).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    var index = 0
    while let meta = find(Array("<meta".utf8), in: bytes[...], from: index) {
      let close = bytes[meta...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
      if let charset = find(Array("charset".utf8), in: bytes[..<close], from: meta) {
        var cursor = charset + 7
        let skipped: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x3D, 0x22, 0x27]  // space = " '
        while cursor < close, skipped.contains(bytes[cursor]) { cursor += 1 }
        let label = bytes[cursor..<close].prefix { byte in
          (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || "-_.:".utf8.contains(byte)
        }
        if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
      }
      index = close
    }
    return nil
  }

  /// The index of the first occurrence of `needle` in `bytes` at or after `start`.
  static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
    guard !needle.isEmpty, start <= bytes.endIndex - needle.count else { return nil }
    for index in start...(bytes.endIndex - needle.count)
    where bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
      return index
    }
    return nil
  }
}
