import Foundation

/// The layout of an article file, which decides how it is parsed.
public enum ArticleFormat: String, CaseIterable, Sendable {
  /// Headline on the first line, paragraphs separated by blank lines.
  case text
  /// Markdown with optional YAML front matter.
  case markdown
  /// A web page, whose article is extracted (see `docs/html.md`).
  case html

  /// The format a file name implies: Markdown for `.md` and `.markdown`, HTML for `.html`,
  /// `.htm` and `.xhtml`, text otherwise.
  public init(path: String) {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "md", "markdown": self = .markdown
    case "html", "htm", "xhtml": self = .html
    default: self = .text
    }
  }

  /// The format a file name declares, or nil when its extension says nothing Gloss knows
  /// (`notes`, `/dev/fd/63`, `page.php`): the bytes then decide, as for standard input.
  /// `.txt` and `.text` are text, whatever they hold.
  public init?(named path: String) {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "md", "markdown": self = .markdown
    case "html", "htm", "xhtml": self = .html
    case "txt", "text": self = .text
    default: return nil
    }
  }

  /// The format of text with no file name (standard input): Markdown when it opens with front
  /// matter (`---`) or a `# ` heading, text otherwise.
  public init(sniffing text: String) {
    let firstLine = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
    let trimmed = String(String.UnicodeScalarView(firstLine)).trimmingCharacters(in: .whitespaces)
    self = trimmed == "---" || trimmed.hasPrefix("# ") ? .markdown : .text
  }
}
