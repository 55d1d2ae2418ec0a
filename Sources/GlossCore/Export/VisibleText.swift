/// Makes article text safe to print on one line of a terminal or a line-based file: control
/// characters and bidirectional overrides (which reorder what a terminal shows) never pass
/// through raw.
public enum VisibleText {
  /// `text` on one line: each run of line breaks and tabs becomes one space, and other unsafe
  /// characters become visible `\u{…}` escapes.
  public static func line(_ text: String) -> String {
    if !text.unicodeScalars.contains(where: isUnsafe) { return text }
    var output = String.UnicodeScalarView()
    var inBreak = false
    for scalar in text.unicodeScalars {
      let isBreak = scalar == "\n" || scalar == "\r" || scalar == "\t"
      if isBreak {
        if !inBreak { output.append(" ") }
      } else {
        append(scalar, to: &output)
      }
      inBreak = isBreak
    }
    return String(output)
  }

  /// `text` over as many lines as it has: line feeds and tabs stay, other unsafe characters
  /// (escape sequences, carriage returns, bidirectional overrides) become visible `\u{…}`
  /// escapes. For documents printed whole, such as the notes as Markdown.
  public static func lines(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\t" { output.append(scalar) } else { append(scalar, to: &output) }
    }
    return String(output)
  }

  /// Appends `scalar`, or its visible escape when it is unsafe.
  private static func append(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
    guard isUnsafe(scalar) else { return output.append(scalar) }
    let hex = String(scalar.value, radix: 16, uppercase: true)
    output.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
  }

  /// `text` with each unsafe character (line breaks and tabs included) replaced by one space,
  /// keeping its length in scalars: for formats that must mirror the article's text offsets.
  public static func spaced(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { isUnsafe($0) ? " " : $0 }))
  }

  /// Appends the UTF-8 of `range` of `scalars` to `bytes` as ``spaced(_:)`` makes it, each
  /// unsafe character one space: for output written as bytes, without a string between.
  static func appendSpaced(_ scalars: ScalarText, _ range: Range<Int>, to bytes: inout [UInt8]) {
    for index in range {
      let scalar = scalars[index]
      if scalar.value >= 0x20, scalar.value < 0x7F {
        bytes.append(UInt8(truncatingIfNeeded: scalar.value))
      } else if isUnsafe(scalar) {
        bytes.append(UInt8(ascii: " "))
      } else {
        bytes.append(contentsOf: UTF8.encode(scalar)!)
      }
    }
  }

  /// True for control characters (general category Cc: U+0000–U+001F and U+007F–U+009F, a
  /// fixed set compared directly, as the Unicode property look-up costs far more) and
  /// bidirectional embedding, override and isolate marks.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value >= 0x20, value < 0x7F { return false }
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }
}
