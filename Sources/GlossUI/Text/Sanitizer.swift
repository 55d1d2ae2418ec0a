/// Turns characters that would act on the terminal instead of being shown into visible
/// placeholders, so article text can never move the cursor, change colours or reorder a line.
///
/// C0 controls become their Control Pictures (ESC shows as `␛`, NUL as `␀`), DEL `␡`, C1
/// controls `�`, and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069)
/// `⇄`. A tab becomes a space: the body wraps its own columns.
public enum Sanitizer {
  /// The text to show for `character`; the character itself when it is harmless.
  public static func visible(_ character: Character) -> Character {
    guard let first = character.unicodeScalars.first else { return character }
    if character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: isUnsafe) {
      return placeholder(for: character.unicodeScalars.first(where: isUnsafe)!)
    }
    return isUnsafe(first) ? placeholder(for: first) : character
  }

  /// True for scalars that must not reach the terminal as they are.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  static func placeholder(for scalar: Unicode.Scalar) -> Character {
    let value = scalar.value
    switch value {
    case 0x09, 0x0A, 0x0D: return " "
    case 0..<0x20: return Character(Unicode.Scalar(0x2400 + value)!)
    case 0x7F: return "␡"
    case 0x80...0x9F: return "�"
    default: return "⇄"
    }
  }
}
