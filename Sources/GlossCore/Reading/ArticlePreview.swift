import Foundation

/// The opening of a long article, read without reading the rest: what a reader shows at once
/// while the whole file is loaded and annotated in the background.
///
/// The preview is the file's first bytes cut after the last blank line they hold, decoded and
/// read as the opening of the file (``ArticleReader/read(_:format:isOpening:)``), so its
/// headline, its paragraphs and every offset in them are those of the whole article. When that
/// cut leaves no paragraph (a headline, then one paragraph a line, or a first paragraph longer
/// than the bytes read), the bytes are cut after their last line break instead (else at a
/// character): a first paragraph longer than them is then cut short. Only plain text and
/// Markdown files in UTF-8 have a preview; an HTML page (by name or, for a file of no known
/// extension, by its opening) must be parsed whole.
public enum ArticlePreview {
  /// Files up to this size are loaded whole at once: they annotate in about 100 ms.
  public static let threshold = 1_000_000
  /// How much of a long file the preview reads.
  public static let length = 64 * 1024

  /// The preview of the file at `path`, or nil when it is short enough to load whole, is not a
  /// text or Markdown file, or cannot be previewed (the full load then reports any problem).
  public static func load(_ path: String, threshold: Int = threshold, length: Int = length) -> LoadedArticle? {
    let named = ArticleFormat(named: path)
    guard path != "-", named != .html,
      let size = FileSize.of(path), size > threshold,
      let handle = FileHandle(forReadingAtPath: path)
    else { return nil }
    defer { try? handle.close() }
    guard let head = try? handle.read(upToCount: length), ArticleDecoder.utf16Encoding(head) == nil,
      named != nil || !HTMLSniffer.opensAsHTML(head), let cut = cutPoint(in: head),
      var article = read(head.prefix(cut), path: path, format: named)
    else { return nil }
    if article.paragraphs.isEmpty, let line = cutPoint(in: head, atBlankLine: false), line > cut,
      let longer = read(head.prefix(line), path: path, format: named)
    {
      article = longer
    }
    return LoadedArticle(article: article, warnings: [])
  }

  /// `bytes` of the file at `path` read as its opening in `format` (sniffed from the text when
  /// the name declares none), or nil when they do not decode.
  static func read(_ bytes: Data, path: String, format: ArticleFormat?) -> Article? {
    guard let (text, _) = try? ArticleDecoder.decode(bytes, name: path) else { return nil }
    let format = format ?? ArticleFormat(sniffing: text)
    return ArticleReader.read(text, format: format, isOpening: true)
  }

  /// Where to cut `head`: after its last blank line (when `atBlankLine`), else after its last
  /// line break, else at its last UTF-8 character boundary; nil when nothing sensible is left.
  static func cutPoint(in head: Data, atBlankLine: Bool = true) -> Int? {
    let bytes = [UInt8](head)
    var lastBreak: Int?
    var index = bytes.count - 1
    while index > 0 {
      if bytes[index] == 0x0A {
        if lastBreak == nil { lastBreak = index + 1 }
        if !atBlankLine { break }
        var previous = index - 1
        if bytes[previous] == 0x0D, previous > 0 { previous -= 1 }
        if bytes[previous] == 0x0A { return index + 1 }
      }
      index -= 1
    }
    if let lastBreak { return lastBreak }
    var boundary = bytes.count
    while boundary > 0, bytes[boundary - 1] & 0xC0 == 0x80 { boundary -= 1 }
    if boundary > 0, bytes[boundary - 1] >= 0xC0 { boundary -= 1 }
    return boundary > 0 ? boundary : nil
  }
}
