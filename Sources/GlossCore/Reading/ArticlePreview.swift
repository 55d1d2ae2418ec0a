import Foundation

/// The opening of a long article, read without reading the rest: what a reader shows at once
/// while the whole file is loaded and annotated in the background.
///
/// The preview is the file's first bytes cut after the last blank line they hold (else the last
/// line break), decoded and parsed as the whole file would be, so its paragraphs and every
/// offset in them are those of the whole article. Only plain text and Markdown files in UTF-8
/// have one; an HTML page must be parsed whole.
public enum ArticlePreview {
  /// Files up to this size are loaded whole at once: they annotate in about 100 ms.
  public static let threshold = 1_000_000
  /// How much of a long file the preview reads.
  public static let length = 64 * 1024

  /// The preview of the file at `path`, or nil when it is short enough to load whole, is not a
  /// text or Markdown file, or cannot be previewed (the full load then reports any problem).
  public static func load(_ path: String, threshold: Int = threshold, length: Int = length) -> LoadedArticle? {
    let format = ArticleFormat(path: path)
    guard path != "-", format != .html,
      let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > threshold,
      let handle = FileHandle(forReadingAtPath: path)
    else { return nil }
    defer { try? handle.close() }
    guard let head = try? handle.read(upToCount: length), ArticleDecoder.utf16Encoding(head) == nil,
      let cut = cutPoint(in: head)
    else { return nil }
    guard let (text, _) = try? ArticleDecoder.decode(head.prefix(cut), name: path) else { return nil }
    return LoadedArticle(article: ArticleReader.read(text, format: format), warnings: [])
  }

  /// Where to cut `head`: after its last blank line, else after its last line break, else at
  /// its last UTF-8 character boundary; nil when nothing sensible is left.
  static func cutPoint(in head: Data) -> Int? {
    let bytes = [UInt8](head)
    var lastBreak: Int?
    var index = bytes.count - 1
    while index > 0 {
      if bytes[index] == 0x0A {
        if lastBreak == nil { lastBreak = index + 1 }
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
