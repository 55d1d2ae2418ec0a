/// Reads what ``ByteWriter`` wrote, trusting nothing: every read checks that the bytes are
/// there and well formed, and throws ``ByteReader/Malformed`` when they are not, so a damaged
/// file reads as an error, never as a trap or a huge allocation.
struct ByteReader {
  /// Why the bytes could not be read.
  struct Malformed: Error {}

  private let bytes: [UInt8]
  private(set) var position: Int

  init(_ bytes: [UInt8], from position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  /// The number of bytes not read yet.
  var remaining: Int { bytes.count - position }

  /// A whole number written by ``ByteWriter/write(_:)-(Int)``.
  mutating func int() throws(Malformed) -> Int {
    var number: UInt = 0
    var shift: UInt = 0
    while true {
      guard position < bytes.count, shift < 63 else { throw Malformed() }
      let byte = bytes[position]
      position += 1
      number |= UInt(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    guard number <= UInt(Int.max) else { throw Malformed() }
    return Int(number)
  }

  /// A count of things each at least one byte long: no larger than the bytes left.
  mutating func count() throws(Malformed) -> Int {
    let count = try int()
    guard count <= remaining else { throw Malformed() }
    return count
  }

  /// Eight bytes, least significant first.
  mutating func fixed() throws(Malformed) -> UInt64 {
    guard remaining >= 8 else { throw Malformed() }
    var number: UInt64 = 0
    for index in 0..<8 { number |= UInt64(bytes[position + index]) << UInt64(index * 8) }
    position += 8
    return number
  }

  mutating func string() throws(Malformed) -> String {
    let length = try count()
    defer { position += length }
    return String(decoding: bytes[position..<position + length], as: UTF8.self)
  }

  mutating func optionalString() throws(Malformed) -> String? {
    try optional { (reader) throws(Malformed) in try reader.string() }
  }

  /// Nil after a 0 byte, the value `value` reads after a 1 byte.
  mutating func optional<Value>(_ value: (inout ByteReader) throws(Malformed) -> Value) throws(Malformed) -> Value? {
    guard remaining > 0 else { throw Malformed() }
    position += 1
    switch bytes[position - 1] {
    case 0: return nil
    case 1: return try value(&self)
    default: throw Malformed()
    }
  }

  /// `count` raw bytes.
  mutating func bytes(_ count: Int) throws(Malformed) -> ArraySlice<UInt8> {
    guard count >= 0, count <= remaining else { throw Malformed() }
    defer { position += count }
    return bytes[position..<position + count]
  }
}

extension ByteReader {
  /// An enumeration case written as its raw value.
  mutating func value<Value: RawRepresentable>(_: Value.Type) throws(Malformed) -> Value where Value.RawValue == String {
    guard let value = Value(rawValue: try string()) else { throw Malformed() }
    return value
  }

  /// An optional enumeration case, written as an optional string of its raw value.
  mutating func optionalValue<Value: RawRepresentable>(_: Value.Type) throws(Malformed) -> Value? where Value.RawValue == String {
    try optional { (reader) throws(Malformed) in try reader.value(Value.self) }
  }

  /// `count()` elements, each read by `element`.
  mutating func list<Element>(_ element: (inout ByteReader) throws(Malformed) -> Element) throws(Malformed) -> [Element] {
    let count = try count()
    var elements: [Element] = []
    elements.reserveCapacity(count)
    for _ in 0..<count { elements.append(try element(&self)) }
    return elements
  }
}
