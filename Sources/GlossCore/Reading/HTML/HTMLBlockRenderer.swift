import Foundation

/// Lays out the article elements of a page as blocks of text: each block element (`p`, `li`,
/// `h2`, `blockquote`, `figcaption`, …) is a block; headings get the `heading` role and text in a
/// `<blockquote>` the `blockquote` role (and quotation marks, see ``HTMLBlockQuotes``); `<q>` is
/// set in quotation marks (“…”, ‘…’ inside). Inside the article it leaves out furniture, the
/// headline's heading, blocks that are mostly links (related links, tag lists), teaser cards of
/// other articles and lone labels such as "Advertisement"; script and style text was never
/// copied into the tree. A paragraph inside a heading the page left unclosed is body text.
struct HTMLBlockRenderer {
  let tree: HTMLTree
  let removed: [Bool]
  let stats: HTMLStats
  /// The headline's text: `h1` to `h3` elements with this text are not repeated as blocks.
  let headline: String?
  /// The page's URL, for resolving relative links.
  let base: URL?
  /// True to keep blocks that are mostly links: for a page whose article is a list of links
  /// (a blog's link roll), which would otherwise leave no text at all.
  var keepsLinkLists = false

  /// Block containers that are dropped when more than half their text is link text.
  static let linkListTags: Set<String> = [
    "div", "section", "ul", "ol", "li", "p", "table", "dl", "header", "figure", "h2", "h3", "h4",
    "h5", "h6",
  ]
  /// The share of link text that makes a block a list of links.
  static let maximumLinkDensity = 0.5
  /// The fewest non-space characters of a block outside the article's core.
  static let widenedBlockText = 50
  /// The longest label, in non-space characters.
  static let longestLabel = 20
  /// Whole blocks that are labels of the page, not text, lowercased.
  static let labels: Set<String> = [
    "advertisement", "advertising", "ad", "anzeige", "publicité", "publicidad", "pubblicità",
    "sponsored", "skip to content", "skip to main content",
  ]

  /// The blocks of the selection's roots, in document order. Outside its core, only headings
  /// below `h1` and blocks of running text (``widenedBlockText`` characters or more) are kept:
  /// captions, datelines, credits and prompts around an article are short. Teaser cards of
  /// other articles (``isTeaserCard(_:)``) are left out wherever they are, unless they hold
  /// the core (a short post under a linked title). Orphan headings (a short heading with no
  /// text after it before the next heading or the end) are left out, and so are the short
  /// lines at the article's edges (``HTMLArticleEdges``). A heading of running-text length is a
  /// paragraph set as one (a standfirst) and stays.
  func render(_ selection: HTMLContentSelector.Selection) -> [HTMLBlock] {
    var walk = Walk(renderer: self, core: selection.core.sorted())
    for root in selection.roots { walk.run(root) }
    walk.builder.finishBlock(role: .body)
    let blocks = HTMLBlockQuotes.marked(walk.builder.blocks).filter { block in
      !block.isOutsideCore || block.role == .heading
        || block.text.count { !ScalarClass.isWhitespace($0) } >= Self.widenedBlockText
    }
    let titled = blocks.indices.filter { index in
      guard blocks[index].role == .heading,
        HTMLArticleEdges.length([blocks[index]]) < HTMLArticleEdges.runningText
      else { return true }
      return index + 1 < blocks.count && blocks[index + 1].role != .heading
    }.map { blocks[$0] }
    return HTMLArticleEdges.trimmed(titled)
  }

  /// True when the element at `index` and its subtree are left out.
  func skips(_ index: Int) -> Bool {
    guard let tag = tree.nodes[index].tag else { return false }
    if removed[index] || isLinkList(index) { return true }
    if ["h1", "h2", "h3"].contains(tag), tree.plainText(of: index) == headline { return true }
    guard HTMLContentSelector.blockTags.contains(tag), stats.text[index] <= Self.longestLabel else {
      return false
    }
    return Self.labels.contains(tree.plainText(of: index).lowercased())
  }

  /// The most non-space characters of a teaser card.
  static let longestTeaser = 400
  /// Elements that hold teaser cards.
  static let cardTags: Set<String> = ["article", "li", "div", "section"]
  /// The share of link text that makes a heading the title of a teaser.
  static let teaserTitleLinks = 0.9

  /// True for a teaser of another page: a short element whose first heading is a link (`href`),
  /// with some text of its own beside it (an excerpt), as the cards of related articles are.
  func isTeaserCard(_ index: Int) -> Bool {
    let node = tree.nodes[index]
    guard Self.cardTags.contains(node.tag ?? ""), stats.text[index] <= Self.longestTeaser,
      let heading = stats.firstHeading[index], heading != index
    else { return false }
    let title = Double(stats.text[heading])
    return title > 0 && Double(stats.outgoingLinkText[heading]) > Self.teaserTitleLinks * title
      && stats.text[index] > stats.text[heading]
  }

  /// True for a block whose text is mostly link text (related links, tag lists).
  func isLinkList(_ index: Int) -> Bool {
    !keepsLinkLists && Self.linkListTags.contains(tree.nodes[index].tag ?? "")
      && stats.linkDensity(index) > Self.maximumLinkDensity
  }

  /// The absolute `http`, `https` or `mailto` URL an `href` names, if any.
  func resolve(_ href: String) -> URL? {
    let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty, let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
      let scheme = url.scheme?.lowercased(), ["http", "https", "mailto"].contains(scheme)
    else { return nil }
    return url
  }

  /// One pass over the article elements, feeding a ``HTMLBlockBuilder``.
  struct Walk {
    let renderer: HTMLBlockRenderer
    /// The roots of the article's core, in document order.
    let core: [Int]
    var builder = HTMLBlockBuilder()
    /// The first core root that does not end before the node being walked.
    var nextCore = 0
    var headings = 0
    /// The blocks entered inside a heading, with the heading count they set aside: a heading
    /// holds inline text only, so a paragraph inside one is a heading the page left unclosed
    /// (`<h2>…</h3>`, which browsers close and libxml2 does not), and is body text.
    var blocksInHeadings: [(index: Int, headings: Int)] = []
    var quotes = 0
    var preformatted = 0
    var inlineQuotes = 0

    var role: Paragraph.Role { headings > 0 ? .heading : quotes > 0 ? .blockquote : .body }

    /// Blocks that are never a heading's text.
    static let textBlockTags: Set<String> = ["p", "ul", "ol", "dl", "table", "blockquote", "pre"]

    /// True for the elements that start and end a block: block elements other than table
    /// cells (which are joined by spaces into their row's block), and a quote's attribution.
    func endsBlock(_ node: HTMLNode) -> Bool {
      let tag = node.tag ?? ""
      return (HTMLContentSelector.blockTags.contains(tag) && tag != "td" && tag != "th")
        || isAttribution(node)
    }

    /// True for a `cite` or `footer` directly inside a `<blockquote>`: who is quoted.
    func isAttribution(_ node: HTMLNode) -> Bool {
      (node.tag == "cite" || node.tag == "footer")
        && node.parent.map { renderer.tree.nodes[$0].tag == "blockquote" } == true
    }

    /// Walks the subtree at `root` in document order, closing elements as their subtrees end.
    mutating func run(_ root: Int) {
      let nodes = renderer.tree.nodes
      var open: [(index: Int, link: Bool)] = []
      var index = root
      while index < nodes[root].end {
        while let last = open.last, index >= nodes[last.index].end {
          leave(open.removeLast())
        }
        let node = nodes[index]
        if node.tag == nil {
          builder.isOutsideCore = !isInCore(index)
          builder.append(node.text, preformatted: preformatted > 0)
          index += 1
        } else if renderer.skips(index) || (node.tag == "h1" && !isInCore(index))
          || isTeaserOutsideCore(index)
        {
          // An `h1` outside the core is the headline or the site's name.
          if renderer.isLinkList(index) && !renderer.removed[index] {
            builder.dropHeadingOfLinks()
          }
          index = node.end
        } else {
          open.append((index, enter(node, at: index)))
          index += 1
        }
      }
      while let last = open.popLast() { leave(last) }
    }

    /// True for a teaser card (``HTMLBlockRenderer/isTeaserCard(_:)``) that holds no root of the
    /// core: the core itself may be a short post under a linked title.
    func isTeaserOutsideCore(_ index: Int) -> Bool {
      renderer.isTeaserCard(index) && !core.contains { renderer.tree.isInside($0, index) }
    }

    /// True when `index` lies in the article's core; indices must come in document order.
    mutating func isInCore(_ index: Int) -> Bool {
      let nodes = renderer.tree.nodes
      while nextCore < core.count, nodes[core[nextCore]].end <= index { nextCore += 1 }
      return nextCore < core.count && core[nextCore] <= index
    }

    /// Starts an element; true when it opened a link.
    mutating func enter(_ node: HTMLNode, at index: Int) -> Bool {
      let tag = node.tag ?? ""
      if endsBlock(node) { builder.finishBlock(role: role) }
      if isAttribution(node) { builder.isAttribution = true }
      if headings > 0, Self.textBlockTags.contains(tag) {
        blocksInHeadings.append((index, headings))
        headings = 0
      }
      switch tag {
      case "h1", "h2", "h3", "h4", "h5", "h6": headings += 1
      case "blockquote":
        quotes += 1
        if builder.quote == nil { builder.quote = index }
      case "pre": preformatted += 1
      case "br": builder.lineBreak(fromElement: true)
      case "td", "th": builder.separate()
      case "q":
        builder.appendMark(inlineQuotes % 2 == 0 ? "“" : "‘", closing: false)
        inlineQuotes += 1
      case "a":
        if let url = renderer.resolve(node.attribute("href")) {
          builder.openLink(url.absoluteString)
          return true
        }
      default: break
      }
      builder.currentRole = role
      return false
    }

    /// Ends an element entered with ``enter(_:)``.
    mutating func leave(_ element: (index: Int, link: Bool)) {
      let node = renderer.tree.nodes[element.index]
      let tag = node.tag ?? ""
      if element.link { builder.closeLink() }
      if endsBlock(node) { builder.finishBlock(role: role) }
      if isAttribution(node) { builder.isAttribution = false }
      if let last = blocksInHeadings.last, last.index == element.index {
        headings = last.headings
        blocksInHeadings.removeLast()
      }
      switch tag {
      case "h1", "h2", "h3", "h4", "h5", "h6": headings -= 1
      case "blockquote":
        quotes -= 1
        if builder.quote == element.index { builder.quote = nil }
      case "pre": preformatted -= 1
      case "q":
        inlineQuotes -= 1
        builder.appendMark(inlineQuotes % 2 == 0 ? "”" : "’", closing: true)
      default: break
      }
      builder.currentRole = role
    }
  }
}
