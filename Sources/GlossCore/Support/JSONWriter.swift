/// Writes a ``JSONValue`` as the exports print it (`gloss annotate`, `gloss extract`):
/// pretty-printed, two-space indents, members in their built order, and arrays or objects holding
/// only scalars on one line when short. Strings are UTF-8 with quotes, backslashes and every
/// control character escaped (U+2028 and U+2029 too). (Notes files are written by Foundation's
/// encoder instead, with sorted keys: see ``NotesFileFormat``.)
///
/// Everything is written as UTF-8 bytes into an ``OutputBuffer`` (or a byte array), straight
/// from the values' own UTF-8, with no string made on the way.
enum JSONWriter {
  /// The longest single-line rendering of a flat array or object, in Unicode scalars.
  static let maximumInlineWidth = 72

  static func write(_ value: JSONValue) -> String {
    var output: [UInt8] = []
    write(value, indent: 0, into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Writes `value` as it stands at `indent` spaces.
  static func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
    switch value {
    case .array(let items):
      writeContainer(value, count: items.count, brackets: (openBracket, closeBracket), indent: indent, into: &output) { index, inner, output in
        write(items[index], indent: inner, into: &output)
      }
    case .object(let members):
      writeContainer(value, count: members.count, brackets: (openBrace, closeBrace), indent: indent, into: &output) { index, inner, output in
        writeMember(members[index], indent: inner, into: &output)
      }
    case .null, .bool, .int, .double, .string:
      writeScalar(value, into: &output)
    }
  }

  /// Writes a value that holds no array or object.
  static func writeScalar(_ value: JSONValue, into output: inout [UInt8]) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .int(let number): writeInt(number, into: &output)
    case .double(let number): output.append(contentsOf: (number.isFinite ? String(number) : "null").utf8)
    case .string(let text): writeString(text, into: &output)
    case .array, .object: preconditionFailure("not a scalar")
    }
  }

  /// Writes the array or object `value` of `count` elements: empty as `[]`, flat and short on
  /// one line, else an element a line at `indent` plus two spaces (`element` writes each).
  private static func writeContainer(
    _ value: JSONValue, count: Int, brackets: (open: UInt8, close: UInt8), indent: Int, into output: inout [UInt8],
    element: (Int, Int, inout [UInt8]) -> Void
  ) {
    guard count > 0 else { return output.append(contentsOf: [brackets.open, brackets.close]) }
    if value.isFlat, writeInline(value, into: &output) { return }
    output.append(contentsOf: [brackets.open, newline])
    for index in 0..<count {
      writeIndent(indent + 2, into: &output)
      element(index, indent + 2, &output)
      if index < count - 1 { output.append(comma) }
      output.append(newline)
    }
    writeIndent(indent, into: &output)
    output.append(brackets.close)
  }

  /// `"key": value`, the value written at `indent`.
  static func writeMember(_ member: JSONObject.Member, indent: Int, into output: inout [UInt8]) {
    writeString(member.key, into: &output)
    output.append(contentsOf: [colon, space])
    write(member.value, indent: indent, into: &output)
  }

  /// Writes the flat array or object `value` on one line (`[ 1, 2 ]`, `{ "a": 1 }`) and returns
  /// true, or writes nothing and returns false when the line would be longer than
  /// ``maximumInlineWidth``.
  private static func writeInline(_ value: JSONValue, into output: inout [UInt8]) -> Bool {
    let start = output.count
    switch value {
    case .array(let items):
      writeInline(count: items.count, brackets: (openBracket, closeBracket), into: &output) { writeScalar(items[$0], into: &$1) }
    case .object(let members):
      writeInline(count: members.count, brackets: (openBrace, closeBrace), into: &output) {
        writeString(members[$0].key, into: &$1)
        $1.append(contentsOf: [colon, space])
        writeScalar(members[$0].value, into: &$1)
      }
    default:
      writeScalar(value, into: &output)
    }
    var scalars = 0
    for byte in output[start...] where byte & 0xC0 != 0x80 { scalars += 1 }
    guard scalars > maximumInlineWidth else { return true }
    output.removeSubrange(start...)
    return false
  }

  /// `count` elements between `brackets` on one line, `", "` between them (`element` writes each).
  private static func writeInline(
    count: Int, brackets: (open: UInt8, close: UInt8), into output: inout [UInt8], element: (Int, inout [UInt8]) -> Void
  ) {
    output.append(brackets.open)
    for index in 0..<count {
      if index > 0 { output.append(comma) }
      output.append(space)
      element(index, &output)
    }
    output.append(contentsOf: [space, brackets.close])
  }

  /// Writes an object holding `count` members piece by piece to `output`, as ``write(_:)``
  /// would write it whole (or as ``writeCompact(_:into:)`` would, with `compact`): `member(index)`
  /// gives each member's key and, for a long list, its elements one at a time, so that neither
  /// the whole value nor the whole text is ever held. The object and its lists must hold
  /// containers, as a document's top level does. With more than one of `workers`, a list's
  /// elements are written in runs side by side (``OutputBuffer/write(items:workers:_:)``).
  static func stream(
    members count: Int, _ member: (Int) -> (key: String, value: Streamed), compact: Bool = false, workers: Int = 1,
    into output: inout OutputBuffer
  ) {
    output.bytes.append(contentsOf: compact ? [openBrace] : [openBrace, newline])
    for index in 0..<count {
      let (key, value) = member(index)
      if !compact { writeIndent(2, into: &output.bytes) }
      writeString(key, into: &output.bytes)
      output.bytes.append(contentsOf: compact ? [colon] : [colon, space])
      switch value {
      case .whole(let whole):
        if compact { writeCompact(whole, into: &output.bytes) } else { write(whole, indent: 2, into: &output.bytes) }
      case .list(let elements, let element) where elements > 0:
        output.bytes.append(contentsOf: compact ? [openBracket] : [openBracket, newline])
        output.write(items: elements, workers: workers) { position, bytes in
          writeElement(position, of: elements, element, compact: compact, into: &bytes)
        }
        if !compact { writeIndent(2, into: &output.bytes) }
        output.bytes.append(closeBracket)
      case .list:
        output.bytes.append(contentsOf: [openBracket, closeBracket])
      }
      if index < count - 1 { output.bytes.append(comma) }
      if !compact { output.bytes.append(newline) }
      output.endPiece()
    }
    output.bytes.append(closeBrace)
  }

  /// Writes element `position` of a streamed list of `count` elements, with what separates it
  /// from the next (or, in `compact` form, from the one before).
  private static func writeElement(
    _ position: Int, of count: Int, _ element: (Int, inout JSONDirectWriter) -> Void, compact: Bool,
    into output: inout [UInt8]
  ) {
    if compact {
      if position > 0 { output.append(comma) }
    } else {
      writeIndent(4, into: &output)
    }
    var json = JSONDirectWriter(compact: compact, indent: 4)
    swap(&json.bytes, &output)
    element(position, &json)
    swap(&json.bytes, &output)
    if !compact {
      if position < count - 1 { output.append(comma) }
      output.append(newline)
    }
  }

  /// A member's value for ``stream(members:_:compact:workers:into:)``: whole, or a list written
  /// one element at a time (on any thread, when the list is written side by side).
  enum Streamed {
    case whole(JSONValue)
    case list(count: Int, element: @Sendable (Int, inout JSONDirectWriter) -> Void)
  }

  static func writeString(_ text: String, into output: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      output.append(quote)
      var clean = 0
      var index = 0
      while index < utf8.count {
        let escapeLength = escapedLength(utf8, at: index)
        if escapeLength == 0 {
          index += 1
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<index]))
        writeEscape(utf8, at: index, length: escapeLength, into: &output)
        index += escapeLength
        clean = index
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
      output.append(quote)
    }
  }

  /// The length in bytes of the character at `index` of `utf8` when JSON output escapes it (a
  /// quotation mark, a backslash, a C0 or C1 control, a line or paragraph separator), else 0.
  private static func escapedLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = utf8[index]
    if byte < 0x20 || byte == quote || byte == backslash || byte == 0x7F { return 1 }
    if byte == 0xC2, index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) { return 2 }
    if byte == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
      return 3
    }
    return 0
  }

  /// Writes the escape of the `length`-byte character at `index` of `utf8`.
  private static func writeEscape(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int, into output: inout [UInt8]) {
    let value: UInt32
    switch length {
    case 1: value = UInt32(utf8[index])
    case 2: value = UInt32(utf8[index] & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
    default: value = UInt32(utf8[index] & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
    }
    let short: String? =
      switch value {
      case 0x22: "\\\""
      case 0x5C: "\\\\"
      case 0x0A: "\\n"
      case 0x0D: "\\r"
      case 0x09: "\\t"
      case 0x08: "\\b"
      case 0x0C: "\\f"
      default: nil
      }
    output.append(contentsOf: (short ?? "\\u" + Hex.padded(value, width: 4)).utf8)
  }

  /// Writes `number` in decimal.
  static func writeInt(_ number: Int, into output: inout [UInt8]) {
    if number < 0 { output.append(UInt8(ascii: "-")) }
    var rest = number.magnitude
    let start = output.count
    repeat {
      output.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    output[start...].reverse()
  }

  /// Writes `count` spaces.
  static func writeIndent(_ count: Int, into output: inout [UInt8]) {
    output.append(contentsOf: repeatElement(space, count: count))
  }

  static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ",")
  static let colon = UInt8(ascii: ":"), space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
  static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
  static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
}
