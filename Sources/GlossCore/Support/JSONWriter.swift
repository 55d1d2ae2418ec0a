/// Writes a ``JSONValue`` as the exports print it (`gloss annotate`, `gloss extract`):
/// pretty-printed, two-space indents, members in their built order, and arrays or objects holding
/// only scalars on one line when short. Strings are UTF-8 with quotes, backslashes and every
/// control character escaped (U+2028 and U+2029 too). (Notes files are written by Foundation's
/// encoder instead, with sorted keys: see ``NotesFileFormat``.)
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
    case .double(let number): output += number.isFinite ? String(number) : "null"
    case .string(let text): writeString(text, into: &output)
    case .array(let items):
      writeContainer(value, count: items.count, brackets: ("[", "]"), indent: indent, into: &output) { index, inner, output in
        write(items[index], indent: inner, into: &output)
      }
    case .object(let members):
      writeContainer(value, count: members.count, brackets: ("{", "}"), indent: indent, into: &output) { index, inner, output in
        writeMember(members[index], indent: inner, into: &output)
      }
    }
  }

  /// Writes the array or object `value` of `count` elements: empty as `[]`, flat and short on
  /// one line, else an element a line at `indent` plus two spaces (`element` writes each).
  private static func writeContainer(
    _ value: JSONValue, count: Int, brackets: (open: String, close: String), indent: String, into output: inout String,
    element: (Int, String, inout String) -> Void
  ) {
    guard count > 0 else {
      output += brackets.open + brackets.close
      return
    }
    if value.isFlat, let line = inline(value) {
      output += line
      return
    }
    let inner = indent + "  "
    output += brackets.open + "\n"
    for index in 0..<count {
      output += inner
      element(index, inner, &output)
      output += index == count - 1 ? "\n" : ",\n"
    }
    output += indent + brackets.close
  }

  /// `"key": value`, the value written at `indent`.
  static func writeMember(_ member: JSONObject.Member, indent: String, into output: inout String) {
    writeString(member.key, into: &output)
    output += ": "
    write(member.value, indent: indent, into: &output)
  }

  /// A flat array or object on one line (`[ 1, 2 ]`, `{ "a": 1 }`), or nil when it would be
  /// longer than ``maximumInlineWidth``.
  static func inline(_ value: JSONValue) -> String? {
    var line = ""
    switch value {
    case .array(let items):
      writeInline(count: items.count, brackets: ("[", "]"), into: &line) { write(items[$0], indent: "", into: &$1) }
    case .object(let members):
      writeInline(count: members.count, brackets: ("{", "}"), into: &line) {
        writeMember(members[$0], indent: "", into: &$1)
      }
    default:
      write(value, indent: "", into: &line)
    }
    return line.unicodeScalars.count <= maximumInlineWidth ? line : nil
  }

  /// `count` elements between `brackets` on one line, `", "` between them (`element` writes each).
  private static func writeInline(
    count: Int, brackets: (open: String, close: String), into line: inout String, element: (Int, inout String) -> Void
  ) {
    line += brackets.open
    for index in 0..<count {
      line += index == 0 ? " " : ", "
      element(index, &line)
    }
    line += " " + brackets.close
  }

  /// Writes an object holding `count` members piece by piece to `output`, as ``write(_:)``
  /// would write it whole: `member(index)` gives each member's key and, for a long list, its
  /// elements one at a time, so that neither the whole value nor the whole text is ever held.
  /// The object and its lists must hold containers, as a document's top level does.
  static func stream(members count: Int, _ member: (Int) -> (key: String, value: Streamed), to output: (String) -> Void) {
    output("{\n")
    for index in 0..<count {
      let (key, value) = member(index)
      var piece = "  "
      writeString(key, into: &piece)
      piece += ": "
      switch value {
      case .whole(let whole):
        write(whole, indent: "  ", into: &piece)
      case .list(let elements, let element) where elements > 0:
        piece += "[\n"
        for position in 0..<elements {
          piece += "    "
          write(element(position), indent: "    ", into: &piece)
          piece += position == elements - 1 ? "\n" : ",\n"
          if piece.utf8.count >= 1 << 16 {
            output(piece)
            piece = ""
          }
        }
        piece += "  ]"
      case .list:
        piece += "[]"
      }
      piece += index == count - 1 ? "\n" : ",\n"
      output(piece)
    }
    output("}")
  }

  /// A member's value for ``stream(members:_:to:)``: whole, or a list made one element at a time.
  enum Streamed {
    case whole(JSONValue)
    case list(count: Int, element: (Int) -> JSONValue)

    /// The value made whole.
    var value: JSONValue {
      switch self {
      case .whole(let value): return value
      case .list(let count, let element): return .array((0..<count).map(element))
      }
    }
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
