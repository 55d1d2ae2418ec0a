/// Builds the word sets of the lexicons from readable multi-line string literals.
enum WordList {
  /// Words separated by white space, lower-cased.
  static func words(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: { $0.isWhitespace }).map { $0.lowercased() })
  }

  /// One entry a line (entries may contain spaces), blank lines skipped, case kept.
  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
  }
}

extension Substring {
  func trimmingCharacters() -> String {
    var view = self[...]
    while let first = view.first, first.isWhitespace { view = view.dropFirst() }
    while let last = view.last, last.isWhitespace { view = view.dropLast() }
    return String(view)
  }
}
