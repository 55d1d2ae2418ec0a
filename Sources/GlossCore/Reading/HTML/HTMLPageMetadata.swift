import Foundation

/// What a page says about itself, outside its text: `<title>`, OpenGraph and article `<meta>`
/// properties, `<meta name=author>`, the canonical link, the first `<time datetime>` in an
/// `<article>`, the byline's author, and the page's JSON-LD `NewsArticle` (or `Article`,
/// `BlogPosting`, …).
struct HTMLPageMetadata: Sendable {
  var title: String?
  var openGraphTitle: String?
  var siteName: String?
  var author: String?
  var published: String?
  var canonicalURL: String?
  var baseURL: String?
  var articleTime: String?
  /// The author a byline names: a `rel=author` link, an `itemprop=author` element, or an element
  /// whose class or id is `author` or `byline` (without a leading "By" and what follows a comma).
  var bylineAuthor: String?
  var jsonLD = JSONLDArticle()

  /// A byline longer than this (in characters) is a biography, not a name.
  static let longestByline = 80

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
        if relations.contains("canonical") {
          canonicalURL = canonicalURL ?? Self.nonEmpty(node.attribute("href"))
        }
      case "base": baseURL = baseURL ?? Self.nonEmpty(node.attribute("href"))
      case "time" where inArticle[index]:
        articleTime = articleTime ?? Self.nonEmpty(node.attribute("datetime"))
      default: break
      }
      if bylineAuthor == nil, Self.isByline(node) {
        bylineAuthor = Self.author(inByline: tree.plainText(of: index))
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

  /// True for the elements that name an article's author.
  static func isByline(_ node: HTMLNode) -> Bool {
    node.attribute("rel").lowercased().split(separator: " ").contains("author")
      || node.attribute("itemprop").lowercased() == "author"
      || HTMLHints.words(of: node).contains { $0 == "author" || $0 == "byline" }
  }

  /// The name in a byline's text: without a leading "By" (or "Von", "Par", "Por", "Di"), cut at
  /// the first comma, middle dot or bar; nil when too long to be a name.
  static func author(inByline text: String) -> String? {
    var name = Substring(text)
    for prefix in ["by ", "by: ", "von ", "par ", "por ", "di "]
    where name.lowercased().hasPrefix(prefix) {
      name = name.dropFirst(prefix.count)
    }
    name = name.prefix { !",·|".contains($0) }
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty || trimmed.count > longestByline ? nil : trimmed
  }

  /// The headline the metadata gives, best first: OpenGraph, JSON-LD, then `<title>`.
  var headline: String? { openGraphTitle ?? jsonLD.headline ?? title }

  /// `text` collapsed and trimmed, or nil when nothing is left.
  static func nonEmpty(_ text: String) -> String? {
    let collapsed = HTMLTree.collapsingWhitespace(text)
    return collapsed.isEmpty ? nil : collapsed
  }
}
