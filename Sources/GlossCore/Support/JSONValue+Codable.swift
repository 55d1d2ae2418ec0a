/// A JSON value read and written through `Codable`, as ``NotesFileFormat`` reads and writes
/// notes files with Foundation's `JSONDecoder` and `JSONEncoder`.
extension JSONValue: Codable {
  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let flag = try? container.decode(Bool.self) {
      self = .bool(flag)
    } else if let number = try? container.decode(Int.self) {
      self = .int(number)
    } else if let number = try? container.decode(Double.self) {
      self = .double(number)
    } else if let text = try? container.decode(String.self) {
      self = .string(text)
    } else if let items = try? container.decode([JSONValue].self) {
      self = .array(items)
    } else {
      self = .object(try container.decode(JSONObject.self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let flag): try container.encode(flag)
    case .int(let number): try container.encode(number)
    case .double(let number): try container.encode(number)
    case .string(let text): try container.encode(text)
    case .array(let items): try container.encode(items)
    case .object(let members): try container.encode(members)
    }
  }
}

/// An object read and written through `Codable`. Foundation's decoder does not tell the order of
/// an object's members, so an object read this way has its members sorted by key: the order
/// Gloss writes notes files in, and the same order on every read of the same file.
extension JSONObject: Codable {
  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: MemberKey.self)
    self.init(
      try container.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
        Member(key: $0.stringValue, value: try container.decode(JSONValue.self, forKey: $0))
      })
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: MemberKey.self)
    for member in members {
      try container.encode(member.value, forKey: MemberKey(stringValue: member.key))
    }
  }

  /// A member's key: any string.
  private struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
