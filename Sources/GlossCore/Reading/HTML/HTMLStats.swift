/// Per-element text measures of an ``HTMLTree``, summed over subtrees, leaving out the elements
/// a mask removes: how much text a block holds, how much of it is link text, and the signals the
/// content selector scores.
struct HTMLStats: Sendable {
  /// Non-space characters in the subtree.
  var text: [Int]
  /// Non-space characters inside links (`<a>`).
  var linkText: [Int]
  /// Non-space characters inside paragraphs (`<p>`).
  var paragraphText: [Int]
  /// Commas in the subtree, a sign of running prose.
  var commas: [Int]
  /// Elements in the subtree that mark main content: `article`, `main`, `h1`,
  /// `itemprop=articleBody`, unless a strong furniture word names them (`<article class=comment>`).
  var landmarks: [Int]
  /// The landmarks other than `article` elements in the subtree: `main`, `h1` and
  /// `itemprop=articleBody` mark a page's own article, where `article` elements may be the cards
  /// of a list of related articles.
  var mainLandmarks: [Int]
  /// Images (`img`, `picture`) in the subtree.
  var images: [Int]
  /// Paragraphs (`p`) in the subtree.
  var paragraphs: [Int]
  /// Non-space characters inside links to other pages (`a` elements with an `href`; an
  /// `<a name>` marks a place in the page).
  var outgoingLinkText: [Int]
  /// The first heading (`h1`–`h6`) in the subtree, in document order: the element itself when
  /// it is one.
  var firstHeading: [Int?]
  /// Non-space characters of running text: the text of blocks whose own text (leaving out blocks
  /// inside them) is at least ``proseBlockText`` characters, outside links, in a block whose own
  /// text is not mostly link text. Labels, menus and link lists add nothing.
  var proseText: [Int]

  /// A block with less text of its own than this is a label, not prose.
  static let proseBlockText = 25

  /// The measures of `tree`, skipping the subtrees of elements `removed` marks (all kept when nil).
  init(_ tree: HTMLTree, removed: [Bool]? = nil) {
    let count = tree.nodes.count
    text = Array(repeating: 0, count: count)
    linkText = text
    paragraphText = text
    commas = text
    landmarks = text
    mainLandmarks = text
    images = text
    paragraphs = text
    outgoingLinkText = text
    firstHeading = Array(repeating: nil, count: count)
    proseText = text
    var inLink = Array(repeating: false, count: count)
    var inOutgoingLink = inLink
    var inParagraph = inLink
    // The innermost block around each node, and each block's own text and link text.
    var block = Array(repeating: 0, count: count)
    var ownText = text
    var ownLinkText = text
    for (index, node) in tree.nodes.enumerated() {
      let parentLink = node.parent.map { inLink[$0] } ?? false
      let parentParagraph = node.parent.map { inParagraph[$0] } ?? false
      inLink[index] = parentLink || node.tag == "a"
      inOutgoingLink[index] =
        (node.parent.map { inOutgoingLink[$0] } ?? false)
        || (node.tag == "a" && node.attributes["href"] != nil)
      inParagraph[index] = parentParagraph || node.tag == "p"
      let isBlock = node.tag.map(HTMLContentSelector.blockTags.contains) ?? false
      block[index] = isBlock ? index : node.parent.map { block[$0] } ?? index
      guard node.tag == nil else {
        if node.tag == "img" || node.tag == "picture" { images[index] = 1 }
        if node.tag == "p" { paragraphs[index] = 1 }
        if Self.isHeading(node) { firstHeading[index] = index }
        if Self.isLandmark(node) {
          landmarks[index] = 1
          if node.tag != "article" { mainLandmarks[index] = 1 }
        }
        continue
      }
      if removed?[index] == true { continue }
      for scalar in node.text.unicodeScalars where !ScalarClass.isWhitespace(scalar) {
        text[index] += 1
        if scalar == "," || scalar == "，" || scalar == "、" { commas[index] += 1 }
      }
      if inLink[index] { linkText[index] = text[index] }
      if inOutgoingLink[index] { outgoingLinkText[index] = text[index] }
      if inParagraph[index] { paragraphText[index] = text[index] }
      ownText[block[index]] += text[index]
      ownLinkText[block[index]] += linkText[index]
    }
    for (index, node) in tree.nodes.enumerated() where node.tag == nil {
      let owner = block[index]
      let isProse =
        ownText[owner] >= Self.proseBlockText && 2 * ownLinkText[owner] < ownText[owner]
      if isProse { proseText[index] = text[index] - linkText[index] }
    }
    for index in stride(from: count - 1, through: 0, by: -1) {
      guard let parent = tree.nodes[index].parent, removed?[index] != true else { continue }
      text[parent] += text[index]
      linkText[parent] += linkText[index]
      paragraphText[parent] += paragraphText[index]
      commas[parent] += commas[index]
      landmarks[parent] += landmarks[index]
      mainLandmarks[parent] += mainLandmarks[index]
      images[parent] += images[index]
      paragraphs[parent] += paragraphs[index]
      outgoingLinkText[parent] += outgoingLinkText[index]
      // Children come last to first: the earliest one's heading is written last.
      if let heading = firstHeading[index], !Self.isHeading(tree.nodes[parent]) {
        firstHeading[parent] = heading
      }
      proseText[parent] += proseText[index]
    }
  }

  /// The share of the subtree's text that is link text, 0 for an empty subtree.
  func linkDensity(_ index: Int) -> Double {
    text[index] == 0 ? 0 : Double(linkText[index]) / Double(text[index])
  }

  /// True for `h1` to `h6`.
  static func isHeading(_ node: HTMLNode) -> Bool {
    ["h1", "h2", "h3", "h4", "h5", "h6"].contains(node.tag ?? "")
  }

  /// True for the elements that mark main content.
  static func isLandmark(_ node: HTMLNode) -> Bool {
    let marks =
      node.tag == "article" || node.tag == "main" || node.tag == "h1"
      || node.attribute("itemprop").lowercased() == "articlebody"
    return marks && HTMLFurniture.hint(node) != .strong
  }
}
