/// An article's text as Unicode scalars, read by offset in constant time, and stored in the
/// narrowest fixed width that holds every one of them, as CPython stores its strings (PEP 393):
/// a byte a scalar for Latin-1 text, two bytes for text inside the Basic Multilingual Plane (curly
/// quotes, dashes, most scripts), four otherwise. A news article takes one or two bytes a
/// character here, where `[Unicode.Scalar]` takes four.
public struct ScalarText: RandomAccessCollection, Sendable {
  // Inlinable, with the storage it reads: the reader's wrapping and drawing (another module)
  // read the text a scalar at a time.
  @usableFromInline
  enum Storage: Sendable {
    case latin1([UInt8])
    case basic([UInt16])
    case full([Unicode.Scalar])
  }

  @usableFromInline
  let storage: Storage
  public let count: Int

  /// The scalars of `string`.
  public init(_ string: String) {
    // The widest scalar shows in the largest UTF-8 byte: below 0xC4 only Latin-1 is encoded
    // (lead bytes 0xC2 and 0xC3, continuation bytes up to 0xBF), below 0xF0 only the BMP.
    var largest: UInt8 = 0
    var count = 0
    for byte in string.utf8 {
      largest = Swift.max(largest, byte)
      if byte & 0xC0 != 0x80 { count += 1 }
    }
    self.count = count
    if largest < 0xC4 {
      storage = .latin1(Self.narrowed(string, count) { UInt8(truncatingIfNeeded: $0) })
    } else if largest < 0xF0 {
      storage = .basic(Self.narrowed(string, count) { UInt16(truncatingIfNeeded: $0) })
    } else {
      storage = .full(Array(string.unicodeScalars))
    }
  }

  /// The text made of `scalars`.
  public init(_ scalars: [Unicode.Scalar]) {
    count = scalars.count
    let largest = scalars.lazy.map(\.value).max() ?? 0
    if largest < 0x100 {
      storage = .latin1(scalars.map { UInt8(truncatingIfNeeded: $0.value) })
    } else if largest < 0x10000 {
      storage = .basic(scalars.map { UInt16(truncatingIfNeeded: $0.value) })
    } else {
      storage = .full(scalars)
    }
  }

  private static func narrowed<Unit: FixedWidthInteger>(
    _ string: String, _ count: Int, _ unit: (UInt32) -> Unit
  ) -> [Unit] {
    [Unit](unsafeUninitializedCapacity: count) { buffer, initialized in
      for scalar in string.unicodeScalars {
        buffer[initialized] = unit(scalar.value)
        initialized += 1
      }
    }
  }

  @inlinable
  public var startIndex: Int { 0 }
  @inlinable
  public var endIndex: Int { count }

  @inlinable
  public subscript(position: Int) -> Unicode.Scalar {
    switch storage {
    case .latin1(let units): Unicode.Scalar(units[position])
    // Only scalars were stored, so every unit is a valid scalar value.
    case .basic(let units): Unicode.Scalar(UInt32(units[position])).unsafelyUnwrapped
    case .full(let scalars): scalars[position]
    }
  }

  /// Bytes taken by each scalar: 1, 2 or 4.
  public var width: Int {
    switch storage {
    case .latin1: 1
    case .basic: 2
    case .full: 4
    }
  }
}
