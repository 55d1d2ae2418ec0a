/// A JSON value whose objects keep their members in the order they were built, so exported
/// documents have a stable, documented key order.
enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([Member])

  /// One `"key": value` pair of an object.
  struct Member: Sendable {
    var key: String
    var value: JSONValue
  }

  /// An object with `members` in the given order.
  static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(members.map { Member(key: $0.key, value: $0.value) })
  }

  /// `value` as a string, or null.
  static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  /// A span as `{"start": …, "end": …}`.
  static func span(_ span: Span) -> JSONValue {
    .object(["start": .int(span.start), "end": .int(span.end)])
  }

  /// True for values with no nested array or object inside.
  var isFlat: Bool {
    switch self {
    case .array(let items): return items.allSatisfy(\.isScalar)
    case .object(let members): return members.allSatisfy(\.value.isScalar)
    default: return true
    }
  }

  var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }
}
