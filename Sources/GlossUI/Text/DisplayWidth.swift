/// How many terminal columns text takes: East Asian wide characters and emoji take two,
/// combining marks and other zero-width characters none, everything else one.
///
/// A small table of its own rather than the C library's `wcwidth`: `wcwidth` answers by the
/// process's locale (in the C locale every non-ASCII character is -1), so tests and layout would
/// depend on the environment. The table follows Unicode's East Asian Width (W and F) and
/// Emoji_Presentation, which is also what glibc's `wcwidth` does under a UTF-8 locale.
public enum DisplayWidth {
  /// The columns taken by one grapheme cluster.
  public static func of(_ character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars {
      if scalar == "\u{FE0F}", width == 1 { return 2 }  // emoji presentation selector
      if width == 0 { width = of(scalar) }
    }
    return width
  }

  /// The columns taken by a string, grapheme by grapheme.
  public static func of(_ string: some StringProtocol) -> Int {
    string.reduce(0) { $0 + of($1) }
  }

  /// The columns taken by a single scalar when it starts a cluster.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  /// East Asian Wide and Fullwidth blocks.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
