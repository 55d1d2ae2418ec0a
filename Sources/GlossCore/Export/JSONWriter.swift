/// Writes a ``JSONValue`` as pretty-printed JSON: two-space indents, members in their built order,
/// and arrays or objects holding only scalars on one line when short. Strings are UTF-8 with
/// quotes, backslashes and every control character escaped (U+2028 and U+2029 too).
enum JSONWriter {
  /// The longest single-line rendering of a flat array or object.
  static let maximumInlineWidth = 72

  static func write(_ value: JSONValue) -> String {
    var output = ""
    write(value, indent: "", into: &output)
    return output
  }

  static func write(_ value: JSONValue, indent: String, into output: inout String) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .int(let number): output += String(number)
    case .string(let text): writeString(text, into: &output)
    case .array(let items):
      writeContainer(
        open: "[", close: "]", items.map { item in { write(item, indent: $0, into: &$1) } },
        inline: value.isFlat, indent: indent, into: &output)
    case .object(let members):
      writeContainer(
        open: "{", close: "}",
        members.map { member in
          { indent, output in
            writeString(member.key, into: &output)
            output += ": "
            write(member.value, indent: indent, into: &output)
          }
        }, inline: value.isFlat, indent: indent, into: &output)
    }
  }

  /// Writes the elements between `open` and `close`, on one line when `inline` and short.
  static func writeContainer(
    open: String, close: String, _ elements: [(String, inout String) -> Void], inline: Bool,
    indent: String, into output: inout String
  ) {
    guard !elements.isEmpty else {
      output += open + close
      return
    }
    if inline {
      var line = open
      for (index, element) in elements.enumerated() {
        line += index == 0 ? " " : ", "
        element(indent, &line)
      }
      line += " " + close
      if line.unicodeScalars.count <= maximumInlineWidth {
        output += line
        return
      }
    }
    let inner = indent + "  "
    output += open + "\n"
    for (index, element) in elements.enumerated() {
      output += inner
      element(inner, &output)
      output += index == elements.count - 1 ? "\n" : ",\n"
    }
    output += indent + close
  }

  static func writeString(_ text: String, into output: inout String) {
    output += "\""
    guard needsEscaping(text) else {
      output += text
      output += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
          || scalar == "\u{2029}"
        {
          output += "\\u" + Hex.padded(scalar.value, width: 4)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }

  /// True when `text` holds a character JSON output escapes: a quotation mark, a backslash, a
  /// C0 or C1 control, or a line or paragraph separator (checked on the UTF-8 bytes).
  static func needsEscaping(_ text: String) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
      if previous == 0xC2, byte >= 0x80, byte <= 0x9F { return true }
      if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return true }
      beforePrevious = previous
      previous = byte
    }
    return false
  }
}
