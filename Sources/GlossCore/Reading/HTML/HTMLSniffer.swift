import Foundation

/// Quick looks at raw bytes: whether they open as an HTML document, and whether they hold any
/// markup at all.
enum HTMLSniffer {
  /// How many bytes are looked at.
  static let window = 1_024 * 1_024

  /// True when `data` opens, after a byte order mark, white space, comments and an XML
  /// declaration, with `<!doctype html`, `<html`, `<head` or `<body` (in any case): how
  /// standard input and files of no known extension are recognised as pages.
  static func opensAsHTML(_ data: Data) -> Bool {
    var bytes = data.prefix(window)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    while true {
      bytes = bytes.drop { isSpace($0) }
      if bytes.starts(with: Array("<!--".utf8)) {
        guard let end = bytes.firstRange(of: Array("-->".utf8)) else { return false }
        bytes = bytes[end.upperBound...]
      } else if bytes.starts(with: Array("<?".utf8)) {
        guard let end = bytes.firstRange(of: Array("?>".utf8)) else { return false }
        bytes = bytes[end.upperBound...]
      } else {
        break
      }
    }
    let start = bytes.prefix(14).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    return ["<!doctype html", "<html", "<head", "<body"].contains { opening in
      guard start.starts(with: Array(opening.utf8)) else { return false }
      // The tag name ends there: `<header>` or `<bodytext>` is not a page.
      let next = start.count > opening.utf8.count ? start[opening.utf8.count] : UInt8(ascii: ">")
      return opening.hasPrefix("<!") || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
        || isSpace(next)
    }
  }

  /// True when the opening of `data` holds a tag: `<` followed by a letter, `/` or `!`.
  static func hasMarkup(_ data: Data) -> Bool {
    let bytes = data.prefix(window)
    var previous: UInt8 = 0
    for byte in bytes {
      let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
      if previous == UInt8(ascii: "<"),
        isLetter || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
      {
        return true
      }
      previous = byte
    }
    return false
  }

  /// True when `data` holds nothing but ASCII white space (after a UTF-8 byte order mark).
  static func isBlank(_ data: Data) -> Bool {
    let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    return body.allSatisfy(isSpace)
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }
}
