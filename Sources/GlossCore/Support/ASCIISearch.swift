extension StringProtocol {
  /// True when the text holds the ASCII character `character` ("Ana Ruiz" holds " "): a search of
  /// its UTF-8 bytes. `contains(" ")` with a string literal resolves to Foundation's search, which
  /// bridges the string to `NSString` on every call and cost the stance finder a few percent of an
  /// article's time.
  func containsASCII(_ character: Unicode.Scalar) -> Bool {
    precondition(character.isASCII, "an ASCII character")
    return utf8.contains(UInt8(ascii: character))
  }
}
