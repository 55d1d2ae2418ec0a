import Foundation

/// What a fetched address holds, judged by its bytes and content type: a feed, or a page (or
/// text) to read an article from; XML that is not a feed is neither.
public enum WebResource: Sendable {
  case feed(Feed)
  case article(Data, format: ArticleFormat)
  case otherXML

  public init(_ response: FetchResponse) {
    let body = response.body
    let mime = response.contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    if !HTMLSniffer.opensAsHTML(body), let feed = FeedParser.parse(body) {
      self = .feed(feed)
    } else if HTMLSniffer.opensAsHTML(body) || mime.map(Self.isHTML) == true {
      // The charset the server declares comes first, as in a browser.
      let declared = response.charset.map { Data("<meta charset=\"\(HTMLEscaping.attribute($0))\">".utf8) } ?? Data()
      self = .article(declared + body, format: .html)
    } else if mime.map(Self.isXML) == true || Self.opensAsXML(body) {
      self = .otherXML
    } else {
      self = .article(body, format: mime == "text/markdown" ? .markdown : ArticleFormat(sniffing: body))
    }
  }

  static func isHTML(_ mime: String) -> Bool { mime == "text/html" || mime == "application/xhtml+xml" }

  static func isXML(_ mime: String) -> Bool { mime.hasSuffix("/xml") || mime.hasSuffix("+xml") }

  /// True when the bytes open with an XML declaration or a tag, white space and a byte order
  /// mark aside.
  static func opensAsXML(_ body: Data) -> Bool {
    let opening = body.prefix(64).drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }
    return opening.first == UInt8(ascii: "<")
  }
}
