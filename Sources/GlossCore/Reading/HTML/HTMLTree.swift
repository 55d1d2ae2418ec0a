/// One node of an ``HTMLTree``: an element with its attributes, or a run of text.
struct HTMLNode: Sendable {
  /// The element's lowercased tag name, or nil for a text node.
  var tag: String?
  /// A text node's characters, entities decoded; empty for elements.
  var text: String
  /// The element's attributes by lowercased name (the first of repeated names wins).
  var attributes: [String: String]
  /// The index of the enclosing element, nil for the root.
  var parent: Int?
  /// One past the index of the node's last descendant: the subtree is `index..<end`.
  var end: Int

  /// The value of attribute `name`, or an empty string.
  func attribute(_ name: String) -> String { attributes[name] ?? "" }
}

/// A parsed HTML document as plain Swift values, nodes in document (pre-)order, so that every
/// subtree is a contiguous range of indices and walks need no recursion, however deep the page.
///
/// Script, style and other non-text elements are kept as empty elements: their text is never
/// copied in, so it cannot reach an article. The text of JSON-LD scripts is kept apart, in
/// ``jsonLD``, for the metadata.
struct HTMLTree: Sendable {
  var nodes: [HTMLNode] = []
  /// The contents of every `<script type="application/ld+json">`, in document order.
  var jsonLD: [String] = []

  /// The indices of `index`'s children, in order.
  func children(of index: Int) -> [Int] {
    var result: [Int] = []
    var child = index + 1
    while child < nodes[index].end {
      result.append(child)
      child = nodes[child].end
    }
    return result
  }

  /// True when `index` lies inside the subtree of `ancestor` (or is it).
  func isInside(_ index: Int, _ ancestor: Int) -> Bool {
    index >= ancestor && index < nodes[ancestor].end
  }

  /// The text of the subtree at `index`, white space collapsed to single spaces and trimmed.
  func plainText(of index: Int) -> String {
    var pieces: [String] = []
    for node in nodes[index..<nodes[index].end] where node.tag == nil {
      pieces.append(node.text)
    }
    return Self.collapsingWhitespace(pieces.joined(separator: " "))
  }

  /// `text` with every run of white space made one space, and none at either end.
  static func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
