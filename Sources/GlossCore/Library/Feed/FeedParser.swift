import Foundation

/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed's title and items out of a feed file's bytes
/// (see `docs/library.md`, "Feeds").
///
/// RSS items are the `item` elements in the channel (and beside it, in RSS 1.0); Atom entries
/// the `entry` elements of the feed. Titles go through the HTML parser to plain text, since RSS
/// titles often carry escaped entities (`&amp;#8217;`) and Atom's `type="html"` titles markup.
public enum FeedParser {
  /// The feed in `data`, or nil when it is not an RSS or Atom document.
  public static func parse(_ data: Data) -> Feed? {
    guard let tree = FeedDocument.parse(data), let rootTag = tree.nodes.first?.tag else { return nil }
    switch rootTag {
    case "rss", "rdf":
      let channel = tree.child(of: 0, named: "channel")
      let itemParents = [channel, 0].compactMap { $0 }
      let items = itemParents.flatMap { tree.children(of: $0, named: "item") }.sorted()
      return Feed(
        title: channel.flatMap { title(in: tree, of: $0, isHTML: true) },
        items: items.map { rssItem(tree, $0) })
    case "feed":
      return Feed(
        title: title(in: tree, of: 0, isHTML: false),
        items: tree.children(of: 0, named: "entry").map { atomEntry(tree, $0) })
    default:
      return nil
    }
  }

  /// An RSS `item`.
  static func rssItem(_ tree: HTMLTree, _ item: Int) -> FeedItem {
    FeedItem(
      title: title(in: tree, of: item, isHTML: true) ?? "",
      link: link(tree, item) ?? permalink(tree, item),
      guid: firstText(tree, item, ["guid"]),
      date: firstText(tree, item, ["pubdate", "published", "updated", "date"]),
      author: firstText(tree, item, ["creator", "author"]),
      content: tree.child(of: item, named: "encoded").map { .html(tree.rawText(of: $0)) },
      summary: tree.child(of: item, named: "description").map { .html(tree.rawText(of: $0)) })
  }

  /// An Atom `entry`.
  static func atomEntry(_ tree: HTMLTree, _ entry: Int) -> FeedItem {
    let author = tree.child(of: entry, named: "author").flatMap { firstText(tree, $0, ["name"]) }
    return FeedItem(
      title: title(in: tree, of: entry, isHTML: false) ?? "",
      link: link(tree, entry),
      guid: firstText(tree, entry, ["id"]),
      date: firstText(tree, entry, ["published", "updated", "issued", "modified"]),
      author: author,
      content: tree.child(of: entry, named: "content").map { atomBody(tree, $0) },
      summary: tree.child(of: entry, named: "summary").map { atomBody(tree, $0) })
  }

  /// An Atom text construct: HTML for `type="html"` and `"xhtml"` (its markup written back),
  /// plain text otherwise.
  static func atomBody(_ tree: HTMLTree, _ element: Int) -> FeedBody {
    switch tree.nodes[element].attribute("type").lowercased() {
    case "html", "text/html": return .html(tree.rawText(of: element))
    case "xhtml", "application/xhtml+xml": return .html(tree.markup(ofChildrenOf: element))
    default: return .text(tree.rawText(of: element))
    }
  }

  /// The plain text of the `title` child of `parent`, or nil when it has none or it is blank.
  /// RSS titles (`isHTML`) and Atom titles of type `html` or `xhtml` are read as HTML.
  static func title(in tree: HTMLTree, of parent: Int, isHTML: Bool) -> String? {
    guard let element = tree.child(of: parent, named: "title") else { return nil }
    let title: String
    switch isHTML ? .html(tree.rawText(of: element)) : atomBody(tree, element) {
    case .html(let markup): title = HTMLFragment.plainText(markup)
    case .text(let text): title = HTMLTree.collapsingWhitespace(text)
    }
    return title.isEmpty ? nil : title
  }

  /// The item's link: the text of its first `link` with text (RSS), else the `href` of its first
  /// `link` without a `rel` or with `rel="alternate"` (Atom, and `atom:link` in RSS).
  static func link(_ tree: HTMLTree, _ item: Int) -> String? {
    let links = tree.children(of: item, named: "link")
    let texts = links.map { trimmed(tree.rawText(of: $0)) }
    if let text = texts.first(where: { !$0.isEmpty }) { return text }
    let alternate = links.first { ["", "alternate"].contains(tree.nodes[$0].attribute("rel").lowercased()) }
    return alternate.map { trimmed(tree.nodes[$0].attribute("href")) }.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// An RSS `guid` that is a permanent link (the default) and an http(s) URL.
  static func permalink(_ tree: HTMLTree, _ item: Int) -> String? {
    guard let guid = tree.child(of: item, named: "guid"),
      tree.nodes[guid].attribute("ispermalink").lowercased() != "false"
    else { return nil }
    let text = trimmed(tree.rawText(of: guid))
    return text.hasPrefix("http://") || text.hasPrefix("https://") ? text : nil
  }

  /// The trimmed text of the first child among `tags` (in that order of preference) that has
  /// some.
  static func firstText(_ tree: HTMLTree, _ parent: Int, _ tags: [String]) -> String? {
    for tag in tags {
      for child in tree.children(of: parent, named: tag) {
        let text = HTMLTree.collapsingWhitespace(tree.rawText(of: child))
        if !text.isEmpty { return text }
      }
    }
    return nil
  }

  static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}
