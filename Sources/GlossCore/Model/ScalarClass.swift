/// Character classes of Unicode scalars, with a fast path for ASCII: Unicode property look-ups
/// cost more than everything else in annotation, and most news text is ASCII.
public enum ScalarClass {
  @inline(__always)
  public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C }
    return Beyond.isWhitespace(scalar)
  }

  @inline(__always)
  public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    return Beyond.isLetter(scalar)
  }

  @inline(__always)
  public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return Beyond.isUppercase(scalar)
  }

  @inline(__always)
  public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return Beyond.isDigit(scalar)
  }

  /// Letters, digits and combining marks: what words are made of.
  @inline(__always)
  public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
    }
    return Beyond.isWordScalar(scalar)
  }

  /// The same tests for scalars outside ASCII, from their Unicode properties: calls of their
  /// own, so that the ASCII tests above stay small enough to inline into every loop over text.
  enum Beyond {
    @inline(never)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    @inline(never)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    @inline(never)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    @inline(never)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType != nil }

    @inline(never)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
      // General Punctuation (curly quotes, dashes, spaces) holds no letter, digit or mark, and
      // is the commonest text outside ASCII in news.
      if (0x2000...0x206F).contains(scalar.value) { return false }
      let properties = scalar.properties
      return properties.isAlphabetic || properties.numericType != nil
        || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }
  }
}

extension RandomAccessCollection where Element == Unicode.Scalar, Index == Int {
  /// The text of `range` as a String, encoded straight to UTF-8 (much faster than going
  /// through `String.UnicodeScalarView` for the many short strings annotation makes).
  public func string(_ range: Range<Int>) -> String {
    // The exact length, so that short strings stay inline instead of taking heap storage.
    var length = 0
    for index in range { length += UTF8.width(self[index]) }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var count = 0
      for index in range {
        let value = self[index].value
        if value < 0x80 {
          buffer[count] = UInt8(truncatingIfNeeded: value)
          count += 1
        } else {
          for byte in UTF8.encode(self[index])! {
            buffer[count] = byte
            count += 1
          }
        }
      }
      return count
    }
  }
}
