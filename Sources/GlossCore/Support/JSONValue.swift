/// A JSON value, the one model of JSON in Gloss: the exports build it in their documented key
/// order and ``JSONWriter`` writes it; notes files are read into it and written back from it
/// (``NotesFileFormat``), so that the fields Gloss does not know survive a save unchanged.
///
/// Objects keep their members in order (``JSONObject``); equality compares that order too.
enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// A number with a fraction or too large for `Int`, as read from a file (Gloss writes none).
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// The text of a string, else nil.
  var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The number of an integer, else nil.
  var int: Int? {
    if case .int(let number) = self { return number }
    return nil
  }

  /// The members of an object, else nil.
  var object: JSONObject? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The value as a list: an array's items, nothing for null, else the value alone (JSON-LD
  /// allows one value where a list is expected).
  var list: [JSONValue] {
    switch self {
    case .array(let items): return items
    case .null: return []
    default: return [self]
    }
  }

  /// True for values that hold no array or object.
  var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  /// True for values with no nested array or object inside.
  var isFlat: Bool {
    switch self {
    case .array(let items): return items.allSatisfy(\.isScalar)
    case .object(let members): return members.allSatisfy(\.value.isScalar)
    default: return true
    }
  }
}

extension Optional where Wrapped == JSONValue {
  /// The value as a list, nothing when absent.
  var list: [JSONValue] { self?.list ?? [] }
}
