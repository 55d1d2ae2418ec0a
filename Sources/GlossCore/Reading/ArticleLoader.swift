import Foundation

/// Reads an article from a file path, or from standard input for `-`, and parses it. A file
/// whose extension names no format (or a path like `/dev/fd/63`) is sniffed like standard input.
///
/// Bad input becomes an ``ArticleLoadError``; invalid UTF-8 is replaced and reported as a warning.
public struct ArticleLoader: Sendable {
  /// How standard input is named in messages.
  public static let standardInputName = "standard input"

  public init() {}

  /// The largest input read, in bytes: offsets into the text are kept in 32 bits (see `Token`).
  static let largest = Int(Int32.max)
  static let tooLarge = "over 2 GB, more than Gloss reads"

  /// Loads the article at `path`, or standard input when `path` is `-`.
  public func load(_ path: String) throws(ArticleLoadError) -> LoadedArticle {
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return try load(data, name: Self.standardInputName, format: nil)
    }
    return try load(readFile(path), name: path, format: ArticleFormat(named: path))
  }

  /// Loads an article from `data` read from `name`; with no `format`, the bytes decide it (an
  /// HTML page when they open with `<!doctype html`, `<html`, `<head` or `<body`, after any
  /// comments; Markdown when they open with front matter or a heading; else text). The bytes are let go once
  /// decoded, before the text is parsed: at 100 MB that is 100 MB less at the peak.
  public func load(_ data: consuming Data, name: String, format: ArticleFormat?) throws(ArticleLoadError)
    -> LoadedArticle
  {
    guard data.count <= Self.largest else { throw .unreadable(name: name, reason: Self.tooLarge) }
    if format == .html || (format == nil && HTMLSniffer.opensAsHTML(data)) {
      return try HTMLArticleLoader.load(data, name: name)
    }
    let (text, warnings) = try ArticleDecoder.decode(data, name: name)
    _ = consume data
    let article = ArticleReader.read(text, format: format ?? ArticleFormat(sniffing: text))
    return LoadedArticle(article: article, warnings: warnings)
  }

  func readFile(_ path: String) throws(ArticleLoadError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .missing(name: path)
    }
    if isDirectory.boolValue { throw .directory(name: path) }
    if let size = FileSize.of(path), size > Self.largest {
      throw .unreadable(name: path, reason: Self.tooLarge)
    }
    guard FileManager.default.isReadableFile(atPath: path),
      let handle = FileHandle(forReadingAtPath: path)
    else {
      throw .unreadable(name: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    do {
      // Read to the end rather than by the reported size, so pipes and devices work too.
      return try handle.readToEnd() ?? Data()
    } catch {
      throw .unreadable(name: path, reason: "read error")
    }
  }
}
