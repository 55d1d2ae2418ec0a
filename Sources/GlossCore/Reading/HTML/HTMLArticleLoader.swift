import Foundation

/// Loads an HTML page's article for ``ArticleLoader``: refuses binary (a NUL byte in the
/// opening), blank and markup-free input and pages without article text with an
/// ``ArticleLoadError``, decodes the page in the charset it declares (see ``HTMLCharset``), and
/// runs the passes every format shares.
enum HTMLArticleLoader {
  /// A NUL byte within this many opening bytes makes the input a binary file.
  static let binaryWindow = 1_024

  static func load(_ data: Data, name: String) throws(ArticleLoadError) -> LoadedArticle {
    var data = data
    let charset = HTMLCharset.encoding(of: data)
    if !charset.name.hasPrefix("UTF-16"), ArticleDecoder.containsNUL(data) {
      // A binary file shows itself at once; a page with a stray NUL further on is still a
      // page, and browsers skip the NUL.
      guard !ArticleDecoder.containsNUL(data.prefix(binaryWindow)) else {
        throw .binary(name: name)
      }
      data.removeAll { $0 == 0 }
    }
    if HTMLSniffer.isBlank(data) { throw .empty(name: name) }
    guard HTMLSniffer.hasMarkup(data) else { throw .notHTML(name: name) }
    guard let extracted = HTMLArticleParser().parse(data, encoding: charset.name) else {
      throw .noArticle(name: name)
    }
    var warnings: [String] = []
    if charset.guessed {
      warnings.append(
        "\(name): no charset known to Gloss is declared and the page is not UTF-8; read as Windows-1252"
      )
    } else if charset.name.uppercased() == "UTF-8", String(data: data, encoding: .utf8) == nil {
      warnings.append("\(name): invalid UTF-8 replaced with U+FFFD")
    }
    return LoadedArticle(
      article: ArticleReader.finished(extracted.article), warnings: warnings, links: extracted.links
    )
  }
}
