import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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

  /// The bytes of the file at `path`, or why they cannot be read; with the system calls
  /// directly: a library reads thousands of short files, and `FileManager` and `FileHandle`
  /// cost more than the reading.
  func readFile(_ path: String) throws(ArticleLoadError) -> Data {
    var status = stat()
    guard stat(path, &status) == 0 else { throw .missing(name: path) }
    if status.st_mode & S_IFMT == S_IFDIR { throw .directory(name: path) }
    if Int(status.st_size) > Self.largest { throw .unreadable(name: path, reason: Self.tooLarge) }
    let descriptor = access(path, R_OK) == 0 ? open(path, O_RDONLY | O_CLOEXEC) : -1
    guard descriptor >= 0 else { throw .unreadable(name: path, reason: "permission denied") }
    defer { close(descriptor) }
    // Read to the end rather than by the reported size, so pipes and devices work too.
    guard let data = Self.readToEnd(descriptor, expected: Int(status.st_size)) else {
      throw .unreadable(name: path, reason: "read error")
    }
    return data
  }

  /// Everything `descriptor` gives until its end, read into room for `expected` bytes (and one
  /// more, to find the end in the same read), grown as needed; nil on an error.
  private static func readToEnd(_ descriptor: Int32, expected: Int) -> Data? {
    var data = Data(count: max(expected, 0) + 1)
    var filled = 0
    while true {
      if filled == data.count { data.count += max(data.count, 1 << 16) }
      let got = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
      if got < 0, errno == EINTR { continue }
      guard got >= 0 else { return nil }
      if got == 0 { break }
      filled += got
    }
    data.count = filled
    return data
  }
}
