/// An article's text as Unicode scalars, read by offset in constant time, and stored in the
/// narrowest fixed width that holds them, as CPython stores its strings (PEP 393): a byte a
/// scalar for Latin-1 text, two bytes for text inside the Basic Multilingual Plane, four
/// otherwise.
///
/// News in English is Latin-1 but for a few curly quotes and dashes (under 1 % of its scalars),
/// so text whose wider scalars are few keeps a byte a scalar too, and sets those few aside: their
/// byte is 0, and a table gives them by offset. A news article takes about one byte a
/// character here, where `[Unicode.Scalar]` takes four.
public struct ScalarText: RandomAccessCollection, Sendable {
  /// The memory holding the scalars, freed with the last text that reads it, and the table of
  /// the scalars set aside.
  @usableFromInline
  final class Storage: @unchecked Sendable {
    // Nothing here changes once `init` returns.
    @usableFromInline
    let base: UnsafeMutableRawPointer
    /// In text of one byte a scalar: the offsets of the scalars set aside (stored as 0: those
    /// beyond Latin-1, and NUL), in order, and their values; 32 bits each, as an article is
    /// under 2 GB.
    private let asideOffsets: [Int32]
    private let asideValues: [UInt32]
    /// For each block of 256 offsets, and one more, the index in `asideOffsets` of the first at
    /// or after the block's start; empty when nothing is set aside.
    private let asideOfBlock: [Int32]

    /// Storage for the `count` scalars of `scalars`, `width` bytes each; at one byte, the
    /// `aside` scalars that are 0 or beyond Latin-1 are set aside.
    convenience init(_ scalars: some Sequence<Unicode.Scalar>, count: Int, width: Int, aside: Int) {
      let base = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(count * width, 1), alignment: 4)
      var offsets: [Int32] = []
      var values: [UInt32] = []
      switch width {
      case 1: (offsets, values) = Self.storeNarrow(scalars, count: count, aside: aside, at: base)
      case 2: Self.store(scalars, count, as: UInt16.self, at: base)
      default: Self.store(scalars, count, as: UInt32.self, at: base)
      }
      self.init(base: base, count: count, asideOffsets: offsets, asideValues: values)
    }

    /// Storage a byte a scalar for the `count` scalars of the valid UTF-8 `utf8`, decoded as
    /// they are stored, the `aside` that are 0 or beyond Latin-1 set aside.
    convenience init(narrowUTF8 utf8: UnsafeBufferPointer<UInt8>, count: Int, aside: Int) {
      let base = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(count, 1), alignment: 4)
      let (offsets, values) = Self.storeNarrow(utf8: utf8, aside: aside, at: base)
      self.init(base: base, count: count, asideOffsets: offsets, asideValues: values)
    }

    private init(base: UnsafeMutableRawPointer, count: Int, asideOffsets: [Int32], asideValues: [UInt32]) {
      self.base = base
      self.asideOffsets = asideOffsets
      self.asideValues = asideValues
      asideOfBlock = asideOffsets.isEmpty ? [] : Self.blockIndex(asideOffsets, count: count)
    }

    deinit { base.deallocate() }

    /// Stores `scalars` a byte each at `base`; those that are 0 or beyond Latin-1 are stored as
    /// 0 and returned with their offsets.
    private static func storeNarrow(
      _ scalars: some Sequence<Unicode.Scalar>, count: Int, aside: Int, at base: UnsafeMutableRawPointer
    ) -> (offsets: [Int32], values: [UInt32]) {
      var offsets: [Int32] = []
      var values: [UInt32] = []
      offsets.reserveCapacity(aside)
      values.reserveCapacity(aside)
      var offset = 0
      for scalar in scalars where offset < count {
        storeNarrow(scalar.value, at: offset, in: base, aside: &offsets, &values)
        offset += 1
      }
      return (offsets, values)
    }

    /// Stores the scalars of the valid UTF-8 `utf8` a byte each at `base`, as
    /// ``storeNarrow(_:count:aside:at:)`` does; eight ASCII bytes (none 0) at a time are copied
    /// as they are.
    private static func storeNarrow(
      utf8: UnsafeBufferPointer<UInt8>, aside: Int, at base: UnsafeMutableRawPointer
    ) -> (offsets: [Int32], values: [UInt32]) {
      var offsets: [Int32] = []
      var values: [UInt32] = []
      offsets.reserveCapacity(aside)
      values.reserveCapacity(aside)
      guard let bytes = utf8.baseAddress else { return (offsets, values) }
      let end = utf8.count
      var index = 0
      var offset = 0
      while index < end {
        if index + 8 <= end {
          let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
          let high: UInt64 = 0x8080_8080_8080_8080
          let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & high != 0
          if word & high == 0, !hasZero {
            base.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
            index += 8
            offset += 8
            continue
          }
        }
        let lead = UInt32(bytes[index])
        let value: UInt32
        switch lead {
        case ..<0x80:
          value = lead
          index += 1
        case ..<0xE0:
          value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
          index += 2
        case ..<0xF0:
          value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
          index += 3
        default:
          value =
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
          index += 4
        }
        storeNarrow(value, at: offset, in: base, aside: &offsets, &values)
        offset += 1
      }
      return (offsets, values)
    }

    /// Stores the scalar `value` at `offset` a byte, or 0 with the offset and value set aside
    /// when it is 0 or beyond Latin-1.
    @inline(__always)
    private static func storeNarrow(
      _ value: UInt32, at offset: Int, in base: UnsafeMutableRawPointer, aside offsets: inout [Int32], _ values: inout [UInt32]
    ) {
      if value == 0 || value > 0xFF {
        base.storeBytes(of: 0, toByteOffset: offset, as: UInt8.self)
        offsets.append(Int32(offset))
        values.append(value)
      } else {
        base.storeBytes(of: UInt8(truncatingIfNeeded: value), toByteOffset: offset, as: UInt8.self)
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

    /// For each block of 256 offsets of a text of `count` scalars, and one more, the index in
    /// `offsets` of the first at or after the block's start.
    private static func blockIndex(_ offsets: [Int32], count: Int) -> [Int32] {
      var firsts = [Int32](repeating: Int32(offsets.count), count: count >> 8 + 2)
      for (index, offset) in offsets.enumerated().reversed() { firsts[Int(offset) >> 8] = Int32(index) }
      for block in firsts.indices.dropLast().reversed() { firsts[block] = Swift.min(firsts[block], firsts[block + 1]) }
      return firsts
    }

    /// The value of the scalar set aside at `offset`, found among those of its block.
    @usableFromInline
    @inline(never)
    func asideValue(at offset: Int) -> UInt32 {
      var low = Int(asideOfBlock[offset >> 8])
      var high = Int(asideOfBlock[offset >> 8 + 1])
      while low < high {
        let middle = (low + high) / 2
        if Int(asideOffsets[middle]) < offset { low = middle + 1 } else { high = middle }
      }
      return asideValues[low]
    }

    /// The number of scalars set aside.
    var asideCount: Int { asideOffsets.count }
  }

  // Inlinable, with the storage it reads: the reader's wrapping and drawing (another module)
  // read the text a scalar at a time. Reading goes through a plain pointer rather than an
  // array in an enum, which spares a reference count and a switch on every scalar read.
  @usableFromInline
  let storage: Storage
  /// Bytes taken by each scalar: 1, 2 or 4.
  public let width: Int
  public let count: Int

  /// The scalars of `string`, read from its UTF-8: text that fits a byte a scalar is decoded as
  /// it is stored.
  public init(_ string: String) {
    var utf8 = string
    self = utf8.withUTF8 { utf8 in
      // The widest scalar shows in the largest UTF-8 byte: below 0xC4 only Latin-1 is encoded
      // (lead bytes 0xC2 and 0xC3, continuation bytes up to 0xBF), below 0xF0 only the BMP.
      // Lead bytes from 0xC4 on start the scalars a byte cannot hold.
      var largest: UInt8 = 0
      var count = 0
      var wide = 0
      for byte in utf8 {
        largest = Swift.max(largest, byte)
        count &+= byte & 0xC0 != 0x80 ? 1 : 0
        wide &+= byte >= 0xC4 || byte == 0 ? 1 : 0
      }
      let width = Self.width(count: count, largest: largest < 0xC4 ? 0xFF : largest < 0xF0 ? 0xFFFF : 0x10FFFF, aside: wide)
      guard width == 1 else { return ScalarText(count: count, width: width, aside: 0, string.unicodeScalars) }
      return ScalarText(storage: Storage(narrowUTF8: utf8, count: count, aside: wide), width: 1, count: count)
    }
  }

  /// The text made of `scalars`.
  public init(_ scalars: [Unicode.Scalar]) {
    let largest = scalars.lazy.map(\.value).max() ?? 0
    let aside = scalars.lazy.filter { $0.value == 0 || $0.value > 0xFF }.count
    self.init(count: scalars.count, largest: largest, aside: aside, scalars)
  }

  /// Text of `count` scalars, the largest `largest`, of which `aside` cannot be held in a byte
  /// (or are NUL).
  private init(count: Int, largest: UInt32, aside: Int, _ scalars: some Sequence<Unicode.Scalar>) {
    let width = Self.width(count: count, largest: largest, aside: aside)
    self.init(count: count, width: width, aside: width == 1 ? aside : 0, scalars)
  }

  /// Text of the `count` `scalars`, stored `width` bytes each.
  private init(count: Int, width: Int, aside: Int, _ scalars: some Sequence<Unicode.Scalar>) {
    self.init(storage: Storage(scalars, count: count, width: width, aside: aside), width: width, count: count)
  }

  private init(storage: Storage, width: Int, count: Int) {
    self.storage = storage
    self.width = width
    self.count = count
  }

  /// The bytes a scalar takes for text of `count` scalars, the largest `largest`, of which
  /// `aside` cannot be held in a byte (or are NUL). A byte a scalar when at most one in sixteen
  /// is set aside: the table then takes at most half a byte a scalar (8 bytes for each set
  /// aside), and the few look-ups cost little.
  private static func width(count: Int, largest: UInt32, aside: Int) -> Int {
    largest <= 0xFF || aside * 16 <= count ? 1 : largest <= 0xFFFF ? 2 : 4
  }

  /// The number of scalars set aside in text of one byte a scalar.
  var asideCount: Int { storage.asideCount }

  @inlinable
  public var startIndex: Int { 0 }
  @inlinable
  public var endIndex: Int { count }

  @inlinable
  public subscript(position: Int) -> Unicode.Scalar {
    precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "ScalarText index out of range")
    let value: UInt32 =
      switch width {
      case 1:
        switch storage.base.load(fromByteOffset: position, as: UInt8.self) {
        case 0: storage.asideValue(at: position)
        case let byte: UInt32(byte)
        }
      case 2: UInt32(storage.base.load(fromByteOffset: position &* 2, as: UInt16.self))
      default: storage.base.load(fromByteOffset: position &* 4, as: UInt32.self)
      }
    // Only scalars were stored, so every value is a valid scalar.
    return unsafeBitCast(value, to: Unicode.Scalar.self)
  }
}
