/// A JSON value as read from a notes file, kept whole so that the fields Gloss does not know
/// (written by a newer Gloss or by another annotation tool) survive a save unchanged.
enum JSONNode: Sendable, Equatable, Codable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONNode])
  case object([String: JSONNode])

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
    } else if let items = try? container.decode([JSONNode].self) {
      self = .array(items)
    } else {
      self = .object(try container.decode([String: JSONNode].self))
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

  var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  var int: Int? {
    if case .int(let number) = self { return number }
    return nil
  }

  var object: [String: JSONNode]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The value as a list: an array's items, nothing for null or absence, else the value alone
  /// (JSON-LD allows one value where a list is expected).
  var list: [JSONNode] {
    switch self {
    case .array(let items): return items
    case .null: return []
    default: return [self]
    }
  }
}

extension Optional where Wrapped == JSONNode {
  /// The value as a list, nothing when absent.
  var list: [JSONNode] { self?.list ?? [] }
}
