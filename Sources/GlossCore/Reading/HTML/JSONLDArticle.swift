import Foundation

/// The article facts of a page's JSON-LD (schema.org): the first object typed `NewsArticle`,
/// `Article`, `BlogPosting` or another kind of article, found at the top level, in an array or
/// in an `@graph`. Scripts that are not valid JSON are ignored.
struct JSONLDArticle: Sendable {
  var headline: String?
  /// The authors' names, joined by ", ".
  var author: String?
  var datePublished: String?
  var publisher: String?
  var url: String?
  /// The article's text, when the page gives it (lines are paragraphs).
  var articleBody: String?

  /// schema.org types read as an article.
  static let articleTypes: Set<String> = [
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "BlogPosting",
    "LiveBlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle", "TechArticle",
  ]

  init() {}

  /// The facts of the first article object in `scripts`.
  init(scripts: [String]) {
    for script in scripts {
      guard
        let json = try? JSONSerialization.jsonObject(
          with: Data(script.utf8), options: [.fragmentsAllowed]),
        let article = Self.firstArticle(in: json)
      else { continue }
      headline = Self.string(article["headline"]) ?? Self.string(article["name"])
      author = Self.names(article["author"])
      datePublished = Self.string(article["datePublished"])
      publisher = Self.names(article["publisher"])
      articleBody = article["articleBody"] as? String
      url =
        Self.string(article["url"])
        ?? Self.string((article["mainEntityOfPage"] as? [String: Any])?["@id"])
      return
    }
  }

  /// The first object whose `@type` is (or lists) an article type, searched breadth first.
  static func firstArticle(in json: Any) -> [String: Any]? {
    var queue: [Any] = [json]
    var next = 0
    while next < queue.count {
      let value = queue[next]
      next += 1
      if let array = value as? [Any] {
        queue += array
      } else if let object = value as? [String: Any] {
        let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
        if types.contains(where: articleTypes.contains) { return object }
        if let graph = object["@graph"] { queue.append(graph) }
      }
    }
    return nil
  }

  /// A string value, trimmed, or nil.
  static func string(_ value: Any?) -> String? {
    (value as? String).flatMap(HTMLPageMetadata.nonEmpty)
  }

  /// The name of a person or organisation given as a string, an object with `name`, or an
  /// array of either, joined by ", ".
  static func names(_ value: Any?) -> String? {
    let items = (value as? [Any]) ?? (value.map { [$0] } ?? [])
    let names = items.compactMap { item in string(item) ?? string((item as? [String: Any])?["name"])
    }
    return names.isEmpty ? nil : names.joined(separator: ", ")
  }
}
