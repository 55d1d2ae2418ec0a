import Foundation

/// A piece of HTML outside any page (a feed's title): read with the HTML parser, so entities
/// are decoded and markup dropped the way a browser shows it.
enum HTMLFragment {
  /// The text `markup` shows, white space collapsed; `markup` itself when it holds neither a
  /// tag nor an entity.
  static func plainText(_ markup: String) -> String {
    guard markup.contains(where: { $0 == "<" || $0 == "&" }) else {
      return HTMLTree.collapsingWhitespace(markup)
    }
    let page = "<html><body>" + markup + "</body></html>"
    guard let tree = HTMLParser.parse(Data(page.utf8), encoding: "UTF-8"),
      let body = tree.nodes.indices.first(where: { tree.nodes[$0].tag == "body" })
    else { return HTMLTree.collapsingWhitespace(markup) }
    return tree.plainText(of: body)
  }
}
