/// Writes a loaded article the way `gloss extract` prints it: as its plain text (the text every
/// span indexes), as Markdown, or as JSON with metadata, paragraphs and links.
public struct ExtractWriter: Sendable {
  /// An output format of `gloss extract`.
  public enum Format: String, CaseIterable, Sendable {
    /// The article's text: for a page, the headline, a blank line, and paragraphs separated by
    /// blank lines.
    case txt
    /// Front matter with the metadata, the headline as `#`, headings as `##`, block quotes as `>`.
    case md
    /// One object: the format's version, the article's metadata, its text, paragraphs and links.
    case json
  }

  /// The value of the JSON output's `gloss` key.
  public static let formatVersion = "extract/1"

  public init() {}

  public func write(_ loaded: LoadedArticle, as format: Format) -> String {
    switch format {
    case .txt:
      let text = loaded.article.text
      return text.hasSuffix("\n") ? text : text + "\n"
    case .md: return markdown(loaded.article)
    case .json: return JSONWriter.write(json(loaded)) + "\n"
    }
  }

  func markdown(_ article: Article) -> String {
    let metadata = article.metadata
    let fields = [
      ("source", metadata.source), ("url", metadata.url), ("author", metadata.author),
      ("date", metadata.date),
    ].compactMap { key, value in
      value.map { "\(key): \"\($0.replacingOccurrences(of: "\"", with: "\\\""))\"" }
    }
    var blocks: [String] =
      fields.isEmpty ? [] : ["---\n" + fields.joined(separator: "\n") + "\n---"]
    if !article.title.isEmpty { blocks.append("# " + article.title) }
    for paragraph in article.paragraphs {
      let text = article.string(paragraph.span)
      switch paragraph.role {
      case .heading: blocks.append("## " + text)
      case .blockquote:
        blocks.append(
          text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(
            separator: "\n"))
      case .body: blocks.append(Self.escapingMarkdownMarker(text))
      }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// `text` with a backslash before a leading `#`, `>`, list marker or rule, so Markdown reads
  /// it as a plain paragraph.
  static func escapingMarkdownMarker(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    let ordered = !digits.isEmpty && [".", ")"].contains(text.dropFirst(digits.count).first)
    return "#>-+*_=".unicodeScalars.contains(first) || ordered ? "\\" + text : text
  }

  func json(_ loaded: LoadedArticle) -> JSONValue {
    let article = loaded.article
    return .object([
      "gloss": .string(Self.formatVersion),
      "article": JSONExporter().article(article),
      "text": .string(article.text),
      "paragraphs": .array(
        article.paragraphs.map { paragraph in
          .object([
            "start": .int(paragraph.span.start), "end": .int(paragraph.span.end),
            "role": .string(paragraph.role.rawValue), "boilerplate": .bool(paragraph.isBoilerplate),
            "text": .string(article.string(paragraph.span)),
          ])
        }),
      "links": .array(
        loaded.links.map { link in
          .object([
            "start": .int(link.span.start), "end": .int(link.span.end), "url": .string(link.url),
          ])
        }),
    ])
  }
}
