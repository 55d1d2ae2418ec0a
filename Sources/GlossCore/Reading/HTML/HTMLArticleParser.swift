import Foundation

/// Reads the article out of an HTML page: its headline, paragraphs with their roles, metadata
/// and links, with the page's furniture left out (see `docs/html.md`).
///
/// The article's text is the plain-text layout of the other formats: the headline on the first
/// line, then the paragraphs, separated by blank lines, and a final line break. It is what
/// `gloss extract --format txt` prints, and every span indexes it.
public struct HTMLArticleParser: Sendable {
  /// An article read from a page, with the links in its text.
  public struct Result: Sendable {
    /// The article, without the passes ``ArticleReader`` shares across formats.
    public var article: Article
    /// The links in the article's text.
    public var links: [ArticleLink]
  }

  public init() {}

  /// The article of the page in `data`, decoded as `encoding`, or nil when the page holds no
  /// article text.
  ///
  /// A page is read first with the strict furniture mask; when that leaves less than
  /// ``minimumText`` characters, it is read again trusting only tags (class names misled the
  /// first reading: see ``HTMLFurniture/Level/relaxed``), and the second reading is kept when it
  /// holds much more text.
  public func parse(_ data: Data, encoding: String) -> Result? {
    guard let tree = HTMLParser.parse(data, encoding: encoding), !tree.nodes.isEmpty else {
      return nil
    }
    let metadata = HTMLPageMetadata(tree)
    let pageStats = HTMLStats(tree)
    var reading = read(tree, metadata: metadata, level: .strict, pageStats: pageStats)
    if reading.textLength < Self.minimumText {
      let relaxed = read(tree, metadata: metadata, level: .relaxed, pageStats: pageStats)
      if relaxed.textLength > Self.relaxedGain * reading.textLength { reading = relaxed }
    }
    var blocks = reading.blocks
    if blocks.isEmpty { blocks = Self.blocks(of: metadata.jsonLD.articleBody) }
    if blocks.isEmpty {
      // Every block was a list of links: the page's article is one (a blog's link roll).
      reading = read(
        tree, metadata: metadata, level: .strict, pageStats: pageStats, keepingLinkLists: true)
      blocks = reading.blocks
    }
    var headline = reading.headline.map { Array($0.unicodeScalars) }
    if headline == nil, !blocks.isEmpty {
      headline = blocks.removeFirst().text.map { $0 == "\n" ? " " : $0 }
    }
    guard let headline, !blocks.isEmpty else { return nil }
    return assemble(headline: headline, blocks: blocks, metadata: metadata)
  }

  /// A reading with fewer non-space characters than this is tried again with a relaxed mask.
  static let minimumText = 500
  /// The relaxed reading replaces the strict one when it has this many times its text: a short
  /// article read whole is not traded for the same article with the page's furniture.
  static let relaxedGain = 2

  /// One reading of a page: its headline and the article's blocks.
  struct Reading {
    var headline: String?
    var blocks: [HTMLBlock]

    /// The non-space characters of the blocks.
    var textLength: Int {
      blocks.reduce(0) { total, block in
        total + block.text.count { !ScalarClass.isWhitespace($0) }
      }
    }
  }

  /// The headline and blocks of `tree` with the furniture of `level` removed, the article's
  /// lead (``HTMLArticleLead``) before its body; blocks that are mostly links are left out
  /// unless `keepingLinkLists`.
  func read(
    _ tree: HTMLTree, metadata: HTMLPageMetadata, level: HTMLFurniture.Level,
    pageStats: HTMLStats, keepingLinkLists: Bool = false
  ) -> Reading {
    let removed = HTMLFurniture.mask(tree, stats: pageStats, level: level)
    let stats = HTMLStats(tree, removed: removed)
    let selector = HTMLContentSelector(tree: tree, removed: removed, stats: stats)
    var selection = selector.selection()
    let headline = headline(tree, removed: removed, selection: selection, metadata: metadata)
    let lead = HTMLArticleLead(selector: selector)
      .paragraphs(headline: headline, roots: selection.roots)
    selection.roots = lead + selection.roots
    selection.core = lead + selection.core
    let base = (metadata.baseURL ?? metadata.canonicalURL).flatMap { URL(string: $0) }
    let renderer = HTMLBlockRenderer(
      tree: tree, removed: removed, stats: stats, headline: headline, base: base,
      keepsLinkLists: keepingLinkLists)
    return Reading(headline: headline, blocks: renderer.render(selection))
  }

  /// Body blocks made of the lines of a JSON-LD `articleBody`: the article of a page whose HTML
  /// holds none (a page built by JavaScript).
  static func blocks(of articleBody: String?) -> [HTMLBlock] {
    let lines = (articleBody ?? "").split(whereSeparator: \.isNewline)
    return lines.map {
      HTMLTree.collapsingWhitespace(
        HTMLParser.Builder.composed(HTMLParser.Builder.withoutControls(String($0))))
    }
    .filter { !$0.isEmpty }
    .map { HTMLBlock(role: .body, text: Array($0.unicodeScalars), links: []) }
  }

  /// The headline: the first `h1` in the article's core, else an `h1` the page's title opens
  /// with, else the metadata's title (its longest part, without the site's name), else the first
  /// `h1` in what the article widened to, else the first `h1`.
  func headline(
    _ tree: HTMLTree, removed: [Bool], selection: HTMLContentSelector.Selection,
    metadata: HTMLPageMetadata
  ) -> String? {
    let headings = tree.nodes.indices.filter { tree.nodes[$0].tag == "h1" && !removed[$0] }
      .map { (index: $0, text: tree.plainText(of: $0)) }.filter { !$0.text.isEmpty }
    func firstInside(_ roots: [Int]) -> String? {
      headings.first { heading in roots.contains { tree.isInside(heading.index, $0) } }?.text
    }
    if let inside = firstInside(selection.core) { return inside }
    let title = metadata.headline
    if let title,
      let opening = headings.first(where: { title.lowercased().hasPrefix($0.text.lowercased()) })
    {
      return opening.text
    }
    return title.map(Self.withoutSiteName) ?? firstInside(selection.roots) ?? headings.first?.text
  }

  /// The longest part of a title split at " | ", " - ", " – ", " — " or " :: ".
  static func withoutSiteName(_ title: String) -> String {
    var parts = [title]
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
      parts = parts.flatMap { $0.components(separatedBy: separator) }
    }
    return parts.max { $0.count < $1.count } ?? title
  }

  /// The article made of `headline` and `blocks`, with the page's metadata and links.
  func assemble(headline: [Unicode.Scalar], blocks: [HTMLBlock], metadata: HTMLPageMetadata)
    -> Result
  {
    var scalars = headline
    var spans: [Span] = []
    var links: [ArticleLink] = []
    for block in blocks {
      scalars += ["\n", "\n"]
      let start = scalars.count
      scalars += block.text
      spans.append(Span(start, scalars.count))
      links += block.links.map {
        ArticleLink(url: $0.url, span: Span(start + $0.span.start, start + $0.span.end))
      }
    }
    scalars.append("\n")
    var article = Article(
      scalars: ScalarText(scalars), headline: Span(0, headline.count),
      metadata: articleMetadata(metadata),
      paragraphs: [])
    article.paragraphs = zip(blocks, spans).map { block, span in
      Paragraph(span: span, role: block.role, in: article.scalars)
    }
    return Result(article: article, links: links)
  }

  /// The article's metadata from the page's, the most deliberate statement first: the JSON-LD
  /// article (publisher, authors, date published), then OpenGraph and other `<meta>` tags, then
  /// what the page shows (byline, `<time>`). The URL is the canonical link's, else `og:url`,
  /// else the JSON-LD `url`.
  func articleMetadata(_ page: HTMLPageMetadata) -> ArticleMetadata {
    ArticleMetadata(
      source: page.jsonLD.publisher ?? page.siteName,
      url: page.canonicalURL ?? page.jsonLD.url,
      author: page.jsonLD.author ?? page.author ?? page.bylineAuthor,
      date: page.jsonLD.datePublished ?? page.published ?? page.articleTime)
  }
}
