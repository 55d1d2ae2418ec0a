/// What reading a feed needs of an ``HTMLTree`` beyond what the HTML reader uses: children by
/// name, text without white space collapsed, and elements written back as markup (Atom's
/// `type="xhtml"` content).
extension HTMLTree {
  /// The children of `index` that are elements named `tag`.
  func children(of index: Int, named tag: String) -> [Int] {
    children(of: index).filter { nodes[$0].tag == tag }
  }

  /// The first child of `index` named `tag`, if any.
  func child(of index: Int, named tag: String) -> Int? {
    children(of: index).first { nodes[$0].tag == tag }
  }

  /// The text of the subtree at `index` as written, text nodes joined with nothing between.
  func rawText(of index: Int) -> String {
    nodes[index..<nodes[index].end].lazy.filter { $0.tag == nil }.map(\.text).joined()
  }

  /// The children of `index` written as markup: elements with their attributes, text escaped.
  func markup(ofChildrenOf index: Int) -> String {
    var output = ""
    for child in children(of: index) { writeMarkup(child, into: &output) }
    return output
  }

  /// Writes the subtree at `index` as markup (libxml2 limits nesting, so recursion is bounded).
  private func writeMarkup(_ index: Int, into output: inout String) {
    let node = nodes[index]
    guard let tag = node.tag else {
      output += HTMLEscaping.text(node.text)
      return
    }
    output += "<" + tag
    for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
      output += " \(name)=\"\(HTMLEscaping.attribute(value))\""
    }
    output += ">"
    for child in children(of: index) { writeMarkup(child, into: &output) }
    output += "</" + tag + ">"
  }
}
