import Foundation

/// OPML 2.0 subscription lists, as feed readers exchange them: `gloss feeds import FILE.opml`
/// reads every `outline` with an `xmlUrl` (nested outlines, folders, included), `gloss feeds
/// export` writes one flat list.
public enum OPML {
  /// A subscription: the feed's address and its name.
  public struct Subscription: Sendable, Equatable {
    public var url: String
    public var title: String?

    public init(url: String, title: String?) {
      self.url = url
      self.title = title
    }
  }

  /// The subscriptions in `data`, in document order; nil when it is not an OPML document. Read
  /// with the feed parser's settings: no network, no external entities.
  public static func read(_ data: Data) -> [Subscription]? {
    guard let tree = FeedDocument.parse(data), tree.nodes.first?.tag == "opml" else { return nil }
    return tree.nodes.compactMap { node in
      guard node.tag == "outline" else { return nil }
      let url = node.attribute("xmlurl").trimmingCharacters(in: .whitespaces)
      guard !url.isEmpty else { return nil }
      let title = [node.attribute("title"), node.attribute("text")].first { !$0.isEmpty }
      return Subscription(url: url, title: title)
    }
  }

  /// `subscriptions` as an OPML 2.0 document.
  public static func write(_ subscriptions: [Subscription], title: String = "Gloss subscriptions") -> String {
    let outlines = subscriptions.map { subscription in
      let name = HTMLEscaping.attribute(subscription.title ?? subscription.url)
      return "    <outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(HTMLEscaping.attribute(subscription.url))\"/>\n"
    }
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <opml version="2.0">
        <head><title>\(HTMLEscaping.text(title))</title></head>
        <body>
      \(outlines.joined())  </body>
      </opml>

      """
  }
}
