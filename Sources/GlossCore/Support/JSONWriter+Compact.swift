/// JSON on one line, for JSON Lines output (`gloss annotate DIR`): the same values, members in
/// the same order and strings escaped the same way as ``JSONWriter/write(_:)``, with no white
/// space between tokens.
extension JSONWriter {
  static func writeCompact(_ value: JSONValue) -> String {
    var output = ""
    writeCompact(value, into: &output)
    return output
  }

  static func writeCompact(_ value: JSONValue, into output: inout String) {
    switch value {
    case .array(let items):
      output += "["
      for (index, item) in items.enumerated() {
        if index > 0 { output += "," }
        writeCompact(item, into: &output)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { output += "," }
        writeString(member.key, into: &output)
        output += ":"
        writeCompact(member.value, into: &output)
      }
      output += "}"
    case .null, .bool, .int, .double, .string:
      write(value, indent: "", into: &output)
    }
  }
}
