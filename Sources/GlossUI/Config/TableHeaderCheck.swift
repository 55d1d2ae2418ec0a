/// Finds TOML table headers that do not start with a key (`[$keys]`, `[,palette]`, `[[[x]]]`)
/// before TOMLKit sees them: the toml++ parser it bundles stops the program with an assertion on
/// such a header (found by fuzzing; see docs/robustness.md), where Gloss must report the file and
/// line and go on with its defaults.
enum TableHeaderCheck {
  /// The first line (1-based) holding a table header that does not start with a key, if any.
  static func firstBadHeader(in text: String) -> Int? {
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var rest = line.drop { $0 == " " || $0 == "\t" }
      guard rest.first == "[" else { continue }
      rest = rest.dropFirst()
      if rest.first == "[" { rest = rest.dropFirst() }
      rest = rest.drop { $0 == " " || $0 == "\t" }
      guard let first = rest.first else { continue }
      if !startsKeyOrValue(first) { return index + 1 }
    }
    return nil
  }

  /// A character that may open a key (bare or quoted), or a value inside an array written over
  /// several lines (`[1, 2],`, `["a"]`, `[]`).
  private static func startsKeyOrValue(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || "_-\"'+.]{".contains(character)
  }
}
