/// An article's text as Unicode scalars, read by offset in constant time, and stored in the
/// narrowest fixed width that holds every one of them, as CPython stores its strings (PEP 393):
/// a byte a scalar for Latin-1 text, two bytes for text inside the Basic Multilingual Plane (curly
/// quotes, dashes, most scripts), four otherwise. A news article takes one or two bytes a
/// character here, where `[Unicode.Scalar]` takes four.
public struct ScalarText: RandomAccessCollection, Sendable {
  /// The memory holding the scalars, freed with the last text that reads it.
  @usableFromInline
  final class Storage: @unchecked Sendable {
    // Written once, in `ScalarText.init`, and only read afterwards.
    @usableFromInline
    let base: UnsafeMutableRawPointer

    init(byteCount: Int) {
      base = .allocate(byteCount: Swift.max(byteCount, 1), alignment: 4)
    }

    deinit { base.deallocate() }
  }

  // Inlinable, with the storage it reads: the reader's wrapping and drawing (another module)
  // read the text a scalar at a time. Reading goes through a plain pointer rather than an
  // array in an enum, which spares a reference count and a switch on every scalar read.
  @usableFromInline
  let storage: Storage
  /// Bytes taken by each scalar: 1, 2 or 4.
  public let width: Int
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
    self.init(count: count, width: largest < 0xC4 ? 1 : largest < 0xF0 ? 2 : 4, string.unicodeScalars)
  }

  /// The text made of `scalars`.
  public init(_ scalars: [Unicode.Scalar]) {
    let largest = scalars.lazy.map(\.value).max() ?? 0
    self.init(count: scalars.count, width: largest < 0x100 ? 1 : largest < 0x10000 ? 2 : 4, scalars)
  }

  private init(count: Int, width: Int, _ scalars: some Sequence<Unicode.Scalar>) {
    self.count = count
    self.width = width
    storage = Storage(byteCount: count * width)
    switch width {
    case 1: Self.store(scalars, count, as: UInt8.self, at: storage.base)
    case 2: Self.store(scalars, count, as: UInt16.self, at: storage.base)
    default: Self.store(scalars, count, as: UInt32.self, at: storage.base)
    }
  }

  private static func store<Unit: FixedWidthInteger>(
    _ scalars: some Sequence<Unicode.Scalar>, _ count: Int, as unit: Unit.Type, at base: UnsafeMutableRawPointer
  ) {
    let units = base.bindMemory(to: Unit.self, capacity: count)
    var index = 0
    for scalar in scalars where index < count {
      units[index] = Unit(truncatingIfNeeded: scalar.value)
      index += 1
    }
  }

  @inlinable
  public var startIndex: Int { 0 }
  @inlinable
  public var endIndex: Int { count }

  @inlinable
  public subscript(position: Int) -> Unicode.Scalar {
    precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "ScalarText index out of range")
    let value: UInt32 =
      switch width {
      case 1: UInt32(storage.base.load(fromByteOffset: position, as: UInt8.self))
      case 2: UInt32(storage.base.load(fromByteOffset: position &* 2, as: UInt16.self))
      default: storage.base.load(fromByteOffset: position &* 4, as: UInt32.self)
      }
    // Only scalars were stored, so every value is a valid scalar.
    return unsafeBitCast(value, to: Unicode.Scalar.self)
  }
}
