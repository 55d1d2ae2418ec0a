import Foundation

/// The web page a feed item's content is read from: the item's title as the `h1` of an
/// `<article>` holding its content, and its feed's title, date, link and author as the page
/// metadata the HTML reader knows (`og:site_name`, `article:published_time`, the canonical
/// link, `author`). The HTML article reader then makes the article, as for a saved page.
public enum FeedItemPage {
  /// The page of `item` from the feed titled `source`, with `body` as its content.
  public static func page(_ item: FeedItem, source: String?, body: FeedBody) -> Data {
    var head = "<meta charset=\"utf-8\">"
    head += "<title>\(HTMLEscaping.text(item.title))</title>"
    let metadata = [
      ("property", "og:site_name", source), ("property", "article:published_time", item.date),
      ("name", "author", item.author),
    ]
    for (attribute, name, value) in metadata {
      if let value { head += "<meta \(attribute)=\"\(name)\" content=\"\(HTMLEscaping.attribute(value))\">" }
    }
    if let link = item.link { head += "<link rel=\"canonical\" href=\"\(HTMLEscaping.attribute(link))\">" }
    let title = item.title.isEmpty ? "" : "<h1>\(HTMLEscaping.text(item.title))</h1>"
    let page = "<!doctype html><html><head>\(head)</head><body><article>\(title)\n"
      + markup(body) + "\n</article></body></html>\n"
    return Data(page.utf8)
  }

  /// `body` as markup: HTML as it is, and plain text as paragraphs at its blank lines.
  static func markup(_ body: FeedBody) -> String {
    switch body {
    case .html(let html): return html
    case .text(let text):
      let paragraphs = text.components(separatedBy: "\n").split { $0.allSatisfy(\.isWhitespace) }
      return paragraphs.map { "<p>" + HTMLEscaping.text($0.joined(separator: "\n")) + "</p>" }
        .joined(separator: "\n")
    }
  }
}
