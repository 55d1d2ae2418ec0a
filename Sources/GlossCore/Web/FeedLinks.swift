import Foundation

/// The feeds a web page links with `<link rel="alternate" type="application/rss+xml">` (or
/// `atom+xml`) in its head: where `gloss URL` and `gloss feeds add` go when a page is not a
/// feed and holds no article.
enum FeedLinks {
  static let feedTypes: Set = ["application/rss+xml", "application/atom+xml", "application/rdf+xml"]

  /// The web addresses of the feeds `page` links, in the page's order, relative ones resolved
  /// against `base`.
  static func find(in page: Data, base: WebAddress) -> [WebAddress] {
    guard let tree = HTMLParser.parse(page, encoding: HTMLCharset.encoding(of: page).name) else { return [] }
    return tree.nodes.compactMap { node in
      guard node.tag == "link",
        node.attribute("rel").lowercased().split(separator: " ").contains("alternate"),
        feedTypes.contains(node.attribute("type").lowercased().trimmingCharacters(in: .whitespaces))
      else { return nil }
      return WebAddress(node.attribute("href"), relativeTo: base)
    }
  }
}
