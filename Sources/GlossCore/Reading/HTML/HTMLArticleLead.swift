/// Finds an article's lead (its standfirst): the paragraphs of running text between the
/// headline and the body the content selector chose. Pages put the lead in the article's header,
/// beside the headline and the byline, outside the element that holds the body, so the scores
/// leave it out; its place, right under the headline, says it is the article's.
struct HTMLArticleLead {
  /// The selector that chose the body, whose tree, mask and measures the lead is found with.
  let selector: HTMLContentSelector

  /// The lead paragraphs between the heading that shows `headline` (removed with the page's
  /// furniture or not: it still marks where the article starts) and the first of `roots`, in
  /// document order (``isLeadParagraph(_:)``). Empty when the heading is not before the roots.
  func paragraphs(headline: String?, roots: [Int]) -> [Int] {
    let tree = selector.tree
    guard let headline, let first = roots.min() else { return [] }
    let title = headline.lowercased()
    guard
      let heading = tree.nodes.indices[..<first].last(where: { index in
        ["h1", "h2", "h3"].contains(tree.nodes[index].tag ?? "") && tree.nodes[index].end <= first
          && tree.nodes[index].end - index <= Self.largestHeading
          && Self.shows(title, tree.plainText(of: index).lowercased())
      })
    else { return [] }
    var result: [Int] = []
    var index = tree.nodes[heading].end
    while index < first {
      let node = tree.nodes[index]
      if node.tag == nil || selector.removed[index] {
        index = node.tag == nil ? index + 1 : node.end
        continue
      }
      if node.end <= first, isLeadParagraph(index) {
        result.append(index)
        index = node.end
      } else {
        index += 1
      }
    }
    return result
  }

  /// True when a heading's lowercased `text` shows the lowercased `headline`: the same, or one
  /// holding the other (a kicker or the site's name on one side only).
  static func shows(_ headline: String, _ text: String) -> Bool {
    guard text.count >= minimumHeading else { return text == headline }
    return text == headline || text.contains(headline) || headline.contains(text)
  }

  /// A heading shorter than this must equal the headline to be its heading.
  static let minimumHeading = 10
  /// The most nodes a headline's heading holds: a larger one holds more than a headline (a
  /// heading the page left unclosed), and its text is not read.
  static let largestHeading = 50

  /// True for a `p`, or a `div` with no block inside, that reads as prose
  /// (``HTMLContentSelector/isProse(_:)``).
  func isLeadParagraph(_ index: Int) -> Bool {
    let node = selector.tree.nodes[index]
    return (node.tag == "p" || node.tag == "div") && selector.isScoringBlock(index, node)
      && selector.isProse(index)
  }
}
