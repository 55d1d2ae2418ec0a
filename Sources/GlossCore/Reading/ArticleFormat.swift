import Foundation

/// The layout of an article file, which decides how it is parsed.
public enum ArticleFormat: String, CaseIterable, Sendable {
  /// Headline on the first line, paragraphs separated by blank lines.
  case text
  /// Markdown with optional YAML front matter.
  case markdown
  /// A web page, whose article is extracted (see `docs/html.md`).
  case html

  /// The format a file name declares, or nil when its extension says nothing Gloss knows
  /// (`notes`, `/dev/fd/63`, `page.php`): the bytes then decide, as for standard input.
  /// `.txt` and `.text` are text, whatever they hold.
  public init?(named path: String) {
    switch PathName.pathExtension(path).lowercased() {
    case "md", "markdown": self = .markdown
    case "html", "htm", "xhtml": self = .html
    case "txt", "text": self = .text
    default: return nil
    }
  }

  /// The format of text with no file name (standard input): Markdown when it opens with front
  /// matter (`---`) or a `# ` heading, text otherwise.
  /// The format `data` itself shows: a page (``HTMLSniffer``), else Markdown or text by its
  /// first line, as ``init(sniffing:)-(String)`` reads it.
  init(sniffing data: Data) {
    if HTMLSniffer.opensAsHTML(data) {
      self = .html
    } else {
      let opening = String(decoding: data.prefix(1024), as: UTF8.self)
      self.init(sniffing: opening.hasPrefix("\u{FEFF}") ? String(opening.dropFirst()) : opening)
    }
  }

  public init(sniffing text: String) {
    let firstLine = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
    let trimmed = String(String.UnicodeScalarView(firstLine)).trimmingCharacters(in: .whitespaces)
    self = trimmed == "---" || trimmed.hasPrefix("# ") ? .markdown : .text
  }
}
