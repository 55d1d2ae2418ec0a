/// Finds the elements that hold a page's article, the way Readability does, preferring the
/// page's own semantic container when it agrees.
///
/// Every paragraph-like block (`p`, `pre`, `td`, `div`s holding no other blocks, and runs of
/// inline text between the blocks of a `div`) with at least 25 characters scores 1, plus 1 per
/// comma, plus 1 per 100 characters (at most 3), and passes its score to its ancestors: all to
/// its parent, half to its grandparent, a third of the level to those above. An ancestor starts
/// from a score for its tag and its class and id words, and its total is scaled by the share of
/// its text that is not link text. The best-scoring element is the article's core, unless three
/// elements apart from it score almost as well: then their nearest common ancestor is. When the
/// smallest `article`, `main` or `itemprop=articleBody` element around it holds little else,
/// that element is taken whole (and widened when it is one of several sibling `article`
/// elements, an article split into sections); otherwise the core is taken with those of its
/// siblings that score well or read as prose, widened to the enclosing element that adds mostly
/// running text.
struct HTMLContentSelector {
  let tree: HTMLTree
  let removed: [Bool]
  let stats: HTMLStats

  /// Elements that end a run of inline text.
  static let blockTags: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
  ]
  /// Blocks shorter than this many non-space characters do not score.
  static let minimumBlockText = 25
  /// How many ancestors a block's score reaches.
  static let scoredAncestors = 5
  /// The core must hold this share of a semantic container's text for the container to be taken.
  static let containerShare = 0.5
  /// The article widens to an enclosing element when at least this share of what it adds is
  /// running text.
  static let widenedProseShare = 0.5

  /// The elements that hold the article: `roots`, in document order, and among them or inside
  /// them the `core` the scores chose, before it widened to enclosing elements (see
  /// ``HTMLContentSelector/widened(_:parent:limit:)``).
  struct Selection {
    var roots: [Int]
    var core: [Int]
  }

  /// The elements of the article. A page with no scoring block (only short paragraphs) is read
  /// from its semantic container with the most text, else from its body.
  func selection() -> Selection {
    let scores = self.scores()
    guard
      let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
      )?.key
    else {
      let roots = fallback()
      return Selection(roots: roots, core: roots)
    }
    let core = sharedAncestor(of: best, scores: scores)
    let container = semanticContainer(around: core)
    if let container,
      Double(stats.text[core]) >= Self.containerShare * Double(stats.text[container])
    {
      guard let parent = tree.nodes[container].parent, splitsArticle(container, parent: parent)
      else { return Selection(roots: [container], core: [container]) }
      let limit = tree.nodes[parent].parent.flatMap { semanticContainer(around: $0) }
      return Selection(
        roots: widened([container], parent: parent, limit: limit), core: [container])
    }
    guard let parent = tree.nodes[core].parent else {
      return Selection(roots: [core], core: [core])
    }
    let threshold = max(10, (scores[core] ?? 0) * 0.2)
    let siblings = tree.children(of: parent).filter { sibling in
      sibling == core
        || (!removed[sibling] && tree.nodes[sibling].tag != nil
          && ((scores[sibling] ?? 0) >= threshold || readsAsProse(sibling)))
    }
    return Selection(roots: widened(siblings, parent: parent, limit: container), core: siblings)
  }

  /// How many of the best-scoring elements are compared with the best one.
  static let topCandidates = 5
  /// The share of the best score a rival must reach to count.
  static let rivalShare = 0.75
  /// How many rivals an ancestor of the best element must hold to replace it.
  static let sharedRivals = 3

  /// `best`, or its nearest ancestor below `body` that holds ``sharedRivals`` of its rivals: the
  /// elements among the ``topCandidates`` best that score almost as well and lie apart from it
  /// (neither inside it nor around it). Such an article is split into sections that score
  /// alike, and their common ancestor holds it whole, as Readability moves up to the ancestor
  /// its top candidates share.
  func sharedAncestor(of best: Int, scores: [Int: Double]) -> Int {
    let top = scores[best] ?? 0
    let rivals = scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
      .prefix(Self.topCandidates)
      .filter { rival in
        rival.value >= Self.rivalShare * top && !tree.isInside(best, rival.key)
          && !tree.isInside(rival.key, best)
      }.map(\.key)
    guard rivals.count >= Self.sharedRivals else { return best }
    var ancestor = tree.nodes[best].parent
    while let current = ancestor, tree.nodes[current].tag != "body" {
      if rivals.count(where: { tree.isInside($0, current) }) >= Self.sharedRivals {
        return current
      }
      ancestor = tree.nodes[current].parent
    }
    return best
  }

  /// `roots` (children of `parent`), or the ancestor they widen to: the highest enclosing
  /// element, up to `limit` (the semantic container around the article) or `body`, whose text
  /// beyond the roots' is mostly running text — the rest of an article split across columns or
  /// sections by ad slots and wrappers, rather than link lists and labels. One pass over the
  /// ancestors, using the measures of ``HTMLStats``.
  func widened(_ roots: [Int], parent: Int, limit: Int?) -> [Int] {
    let text = roots.reduce(0) { $0 + stats.text[$1] }
    let prose = roots.reduce(0) { $0 + stats.proseText[$1] }
    var candidate: Int? = parent
    var result = roots
    while let ancestor = candidate, tree.nodes[ancestor].tag != "html" {
      let added = stats.text[ancestor] - text
      let addedProse = stats.proseText[ancestor] - prose
      if added == 0 || Double(addedProse) >= Self.widenedProseShare * Double(added) {
        result = [ancestor]
      }
      if ancestor == limit || tree.nodes[ancestor].tag == "body" { break }
      candidate = tree.nodes[ancestor].parent
    }
    return result
  }

  /// True when `container` is an `<article>` with a sibling `<article>` holding running text in
  /// `parent`: an article split into one `<article>` element a section (as some content
  /// management systems write them), whose other parts widening may join. (A `div` named
  /// `articleBody` is not one: its sibling `div`s are anything.)
  func splitsArticle(_ container: Int, parent: Int) -> Bool {
    tree.nodes[container].tag == "article"
      && tree.children(of: parent).contains { sibling in
        sibling != container && !removed[sibling] && tree.nodes[sibling].tag == "article"
          && stats.proseText[sibling] > 0
      }
  }

  /// The `article`, `main` or `itemprop=articleBody` element with the most text, else `body`.
  func fallback() -> [Int] {
    let containers = tree.nodes.indices.filter {
      !removed[$0] && isSemanticContainer(tree.nodes[$0])
    }
    if let best = containers.max(by: { stats.text[$0] < stats.text[$1] }) { return [best] }
    return tree.nodes.indices.first { tree.nodes[$0].tag == "body" }.map { [$0] } ?? []
  }

  /// The final score of every element some block passed a score to.
  func scores() -> [Int: Double] {
    var raw: [Int: Double] = [:]
    /// Passes the score of a block of `text` characters and `commas` commas to `parent` and
    /// the ancestors above it.
    func score(text: Int, commas: Int, parent: Int?) {
      guard text >= Self.minimumBlockText else { return }
      let score = 1 + Double(commas) + min(Double(text) / 100, 3)
      var ancestor = parent
      var level = 0
      while let current = ancestor, level < Self.scoredAncestors {
        if raw[current] == nil { raw[current] = initialScore(tree.nodes[current]) }
        raw[current, default: 0] += score / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
        ancestor = tree.nodes[current].parent
        level += 1
      }
    }
    for (index, node) in tree.nodes.enumerated() where !removed[index] {
      if isScoringBlock(index, node) {
        score(text: stats.text[index], commas: stats.commas[index], parent: node.parent)
      } else if Self.runContainerTags.contains(node.tag ?? "") {
        for run in inlineRuns(of: index) {
          score(text: run.text, commas: run.commas, parent: index)
        }
      }
    }
    return Dictionary(
      uniqueKeysWithValues: raw.map { ($0.key, $0.value * (1 - stats.linkDensity($0.key))) })
  }

  /// Elements whose runs of inline text between their blocks are scored as paragraphs.
  static let runContainerTags: Set<String> = [
    "div", "section", "article", "main", "body", "blockquote", "center",
  ]

  /// The runs of inline text (text and inline elements) directly inside the element at `index`
  /// between its block children, as their non-space characters and commas: the paragraphs of
  /// a page that writes its text straight into a `div`, separated by `<br>`, beside blocks
  /// (Readability wraps them in `<p>` elements before scoring).
  func inlineRuns(of index: Int) -> [(text: Int, commas: Int)] {
    var runs: [(text: Int, commas: Int)] = []
    var run = (text: 0, commas: 0)
    for child in tree.children(of: index) {
      if let tag = tree.nodes[child].tag, Self.blockTags.contains(tag) {
        if run.text > 0 { runs.append(run) }
        run = (0, 0)
      } else {
        run.text += stats.text[child]
        run.commas += stats.commas[child]
      }
    }
    if run.text > 0 { runs.append(run) }
    return runs
  }

  /// True for `p`, `pre`, `td`, and `div` or `section` elements with no block inside.
  func isScoringBlock(_ index: Int, _ node: HTMLNode) -> Bool {
    switch node.tag {
    case "p", "pre", "td": return true
    case "div", "section":
      return !tree.children(of: index).contains {
        Self.blockTags.contains(tree.nodes[$0].tag ?? "")
      }
    default: return false
    }
  }

  /// Readability's starting score for a candidate: by tag, then by class and id words.
  func initialScore(_ node: HTMLNode) -> Double {
    let byTag: Double
    switch node.tag {
    case "div", "article", "main": byTag = 5
    case "pre", "td", "blockquote": byTag = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": byTag = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": byTag = -5
    default: byTag = 0
    }
    return byTag + HTMLHints.weight(of: node)
  }

  /// The smallest `article`, `main`, `role=main` or `itemprop=articleBody` element holding `index`.
  func semanticContainer(around index: Int) -> Int? {
    var current: Int? = index
    while let element = current {
      if !removed[element], isSemanticContainer(tree.nodes[element]) { return element }
      current = tree.nodes[element].parent
    }
    return nil
  }

  /// True for `article`, `main`, `role=main` and `itemprop=articleBody` elements.
  func isSemanticContainer(_ node: HTMLNode) -> Bool {
    node.tag == "article" || node.tag == "main" || node.attribute("role").lowercased() == "main"
      || node.attribute("itemprop").lowercased() == "articlebody"
  }

  /// True for a paragraph (`p`) that reads as prose (``isProse(_:)``).
  func readsAsProse(_ index: Int) -> Bool {
    tree.nodes[index].tag == "p" && isProse(index)
  }

  /// True for an element of running text: over 80 characters with under a quarter of link
  /// text, or a shorter sentence (``HTMLArticleEdges/sentenceEnds``) with no link.
  func isProse(_ index: Int) -> Bool {
    let length = stats.text[index]
    let density = stats.linkDensity(index)
    if length > 80 { return density < 0.25 }
    let last = tree.plainText(of: index).unicodeScalars.last
    return length > 0 && density == 0 && last.map(HTMLArticleEdges.sentenceEnds.contains) == true
  }
}
