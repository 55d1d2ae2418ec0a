/// JSON on one line, for JSON Lines output (`gloss annotate DIR`): the same values, members in
/// the same order and strings escaped the same way as ``JSONWriter/write(_:)``, with no white
/// space between tokens.
extension JSONWriter {
  static func writeCompact(_ value: JSONValue) -> String {
    var output: [UInt8] = []
    writeCompact(value, into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  static func writeCompact(_ value: JSONValue, into output: inout [UInt8]) {
    switch value {
    case .array(let items):
      output.append(openBracket)
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(comma) }
        writeCompact(item, into: &output)
      }
      output.append(closeBracket)
    case .object(let members):
      output.append(openBrace)
      for (index, member) in members.enumerated() {
        if index > 0 { output.append(comma) }
        writeString(member.key, into: &output)
        output.append(colon)
        writeCompact(member.value, into: &output)
      }
      output.append(closeBrace)
    case .null, .bool, .int, .double, .string:
      writeScalar(value, into: &output)
    }
  }
}
