/// Bytes written in a compact binary layout, for files Gloss alone reads back (the annotation
/// cache's entries): whole numbers as LEB128 variable-length integers, 64-bit hashes as eight
/// little-endian bytes, strings as their UTF-8 byte count then the bytes, an optional string as a
/// 0 or 1 byte then the string. ``ByteReader`` reads the same layout back, checking every step.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// A non-negative whole number, seven bits a byte, low bits first.
  mutating func write(_ number: Int) {
    precondition(number >= 0, "the binary layout writes no negative number")
    var rest = UInt(number)
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Eight bytes, least significant first.
  mutating func write(fixed number: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: number >> UInt64(shift))) }
  }

  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      write(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func write(_ text: String?) {
    optional(text) { $0.write($1) }
  }

  /// A 0 byte for nil, else a 1 byte and the value written by `write`.
  mutating func optional<Value>(_ value: Value?, _ write: (inout ByteWriter, Value) -> Void) {
    guard let value else { return bytes.append(0) }
    bytes.append(1)
    write(&self, value)
  }

  /// The count of `elements`, then each written by `element`.
  mutating func list<Element>(_ elements: [Element], _ element: (inout ByteWriter, Element) -> Void) {
    write(elements.count)
    for item in elements { element(&self, item) }
  }

  /// The raw bytes, as they are.
  mutating func append(_ other: [UInt8]) {
    bytes.append(contentsOf: other)
  }
}
