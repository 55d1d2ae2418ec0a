/// What a page says about itself, outside its text: `<title>`, OpenGraph and article `<meta>`
/// properties, `<meta name=author>`, the canonical link, the first `<time datetime>` in an
/// `<article>`, and the page's JSON-LD `NewsArticle` (or `Article`, `BlogPosting`, …).
struct HTMLPageMetadata: Sendable {
  var title: String?
  var openGraphTitle: String?
  var siteName: String?
  var author: String?
  var published: String?
  var canonicalURL: String?
  var baseURL: String?
  var articleTime: String?
  var jsonLD = JSONLDArticle()

  /// The metadata of `tree`.
  init(_ tree: HTMLTree) {
    var inArticle = Array(repeating: false, count: tree.nodes.count)
    for (index, node) in tree.nodes.enumerated() {
      guard let tag = node.tag else { continue }
      inArticle[index] = tag == "article" || node.parent.map { inArticle[$0] } ?? false
      switch tag {
      case "title": title = title ?? Self.nonEmpty(tree.plainText(of: index))
      case "meta": read(meta: node)
      case "link":
        let relations = node.attribute("rel").lowercased().split(separator: " ")
        if relations.contains("canonical") { canonicalURL = canonicalURL ?? Self.nonEmpty(node.attribute("href")) }
      case "base": baseURL = baseURL ?? Self.nonEmpty(node.attribute("href"))
      case "time" where inArticle[index]:
        articleTime = articleTime ?? Self.nonEmpty(node.attribute("datetime"))
      default: break
      }
    }
    jsonLD = JSONLDArticle(scripts: tree.jsonLD)
  }

  /// Reads one `<meta>` element's `property` or `name` and its `content`.
  mutating func read(meta node: HTMLNode) {
    let key = (node.attributes["property"] ?? node.attribute("name")).lowercased()
    guard let content = Self.nonEmpty(node.attribute("content")) else { return }
    switch key {
    case "og:title": openGraphTitle = openGraphTitle ?? content
    case "og:site_name": siteName = siteName ?? content
    case "og:url": canonicalURL = canonicalURL ?? content
    case "author", "article:author", "byl", "dc.creator", "parsely-author":
      // article:author is often a profile URL, which names no one.
      if !content.contains("://") { author = author ?? content }
    case "article:published_time", "date", "pubdate", "publish-date", "dc.date", "dc.date.issued",
      "parsely-pub-date":
      published = published ?? content
    default: break
    }
  }

  /// The headline the metadata gives, best first: OpenGraph, JSON-LD, then `<title>`.
  var headline: String? { openGraphTitle ?? jsonLD.headline ?? title }

  /// `text` collapsed and trimmed, or nil when nothing is left.
  static func nonEmpty(_ text: String) -> String? {
    let collapsed = HTMLTree.collapsingWhitespace(text)
    return collapsed.isEmpty ? nil : collapsed
  }
}
