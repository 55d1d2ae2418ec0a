import Foundation

/// Reads the YAML front matter that may open a Markdown article: a `---` line, flat
/// `key: value` lines (values optionally in single or double quotes), and a closing `---` or `...`.
///
/// Only the flat subset article metadata uses is read (title, source, url, author, date); nested
/// values, lists and unknown keys are skipped. A full YAML library would add a dependency for
/// five string fields, so this small parser is deliberate.
enum FrontMatterParser {
  /// The metadata and the number of lines the front matter takes, or nil when `lines` does not
  /// open with a complete front matter block.
  static func parse(_ lines: [Span], in scalars: ScalarText) -> (
    metadata: ArticleMetadata, lineCount: Int
  )? {
    guard let first = lines.first, scalars.string(scalars.trimmed(first)) == "---" else {
      return nil
    }
    var metadata = ArticleMetadata()
    for (index, line) in lines.enumerated().dropFirst() {
      let content = scalars.string(scalars.trimmed(line))
      if content == "---" || content == "..." { return (metadata, index + 1) }
      guard let first = scalars[line.start..<line.end].first, !ScalarClass.isWhitespace(first),
        let (key, value) = field(content)
      else { continue }
      switch key {
      case "title": metadata.title = value
      case "source": metadata.source = value
      case "url": metadata.url = value
      case "author": metadata.author = value
      case "date": metadata.date = value
      default: break
      }
    }
    return nil
  }

  /// The lowercased key and unquoted value of a `key: value` line, or nil for anything else
  /// (comments, list items, keys with no value).
  static func field(_ line: String) -> (key: String, value: String)? {
    guard !line.hasPrefix("#"), !line.hasPrefix("-"), let colon = line.firstIndex(of: ":") else {
      return nil
    }
    let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
    let value = unquoted(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    guard !key.isEmpty, !value.isEmpty else { return nil }
    return (key, value)
  }

  /// `value` without one pair of surrounding quotes; YAML's doubled `''` inside single quotes
  /// and `\"` inside double quotes become one quote.
  static func unquoted(_ value: String) -> String {
    guard value.count >= 2, let first = value.first, first == value.last,
      first == "\"" || first == "'"
    else { return value }
    let inner = String(value.dropFirst().dropLast())
    return first == "'"
      ? inner.replacingOccurrences(of: "''", with: "'")
      : inner.replacingOccurrences(of: "\\\"", with: "\"")
  }
}
