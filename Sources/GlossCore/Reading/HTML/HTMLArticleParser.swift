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
  public func parse(_ data: Data, encoding: String) -> Result? {
    guard let tree = HTMLParser.parse(data, encoding: encoding), !tree.nodes.isEmpty else {
      return nil
    }
    let removed = HTMLFurniture.mask(tree)
    let stats = HTMLStats(tree, removed: removed)
    let metadata = HTMLPageMetadata(tree)
    let roots = HTMLContentSelector(tree: tree, removed: removed, stats: stats).roots()
    let headlineText = headline(tree, removed: removed, roots: roots, metadata: metadata)
    let base = (metadata.baseURL ?? metadata.canonicalURL).flatMap { URL(string: $0) }
    let renderer = HTMLBlockRenderer(
      tree: tree, removed: removed, stats: stats, headline: headlineText, base: base)
    var blocks = renderer.render(roots)
    if blocks.isEmpty { blocks = Self.blocks(of: metadata.jsonLD.articleBody) }
    var headline = headlineText.map { Array($0.unicodeScalars) }
    if headline == nil, !blocks.isEmpty {
      headline = blocks.removeFirst().text.map { $0 == "\n" ? " " : $0 }
    }
    guard let headline, !blocks.isEmpty else { return nil }
    return assemble(headline: headline, blocks: blocks, metadata: metadata)
  }

  /// Body blocks made of the lines of a JSON-LD `articleBody`: the article of a page whose HTML
  /// holds none (a page built by JavaScript).
  static func blocks(of articleBody: String?) -> [HTMLBlock] {
    let lines = (articleBody ?? "").split(whereSeparator: \.isNewline)
    return lines.map {
      HTMLTree.collapsingWhitespace(HTMLParser.Builder.withoutControls(String($0)))
    }
    .filter { !$0.isEmpty }
    .map { HTMLBlock(role: .body, text: Array($0.unicodeScalars), links: []) }
  }

  /// The headline: the first `h1` in the article, else an `h1` the page's title opens with,
  /// else the metadata's title (its longest part, without the site's name), else the first `h1`.
  func headline(_ tree: HTMLTree, removed: [Bool], roots: [Int], metadata: HTMLPageMetadata)
    -> String?
  {
    let headings = tree.nodes.indices.filter { tree.nodes[$0].tag == "h1" && !removed[$0] }
      .map { (index: $0, text: tree.plainText(of: $0)) }.filter { !$0.text.isEmpty }
    if let inside = headings.first(where: { heading in
      roots.contains { tree.isInside(heading.index, $0) }
    }) {
      return inside.text
    }
    let title = metadata.headline
    if let title,
      let opening = headings.first(where: { title.lowercased().hasPrefix($0.text.lowercased()) })
    {
      return opening.text
    }
    return title.map(Self.withoutSiteName) ?? headings.first?.text
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
      scalars: ScalarText(scalars), headline: Span(0, headline.count), metadata: articleMetadata(metadata),
      paragraphs: [])
    article.paragraphs = zip(blocks, spans).map { block, span in
      Paragraph(span: span, role: block.role, in: article.scalars)
    }
    return Result(article: article, links: links)
  }

  /// The article's metadata from the page's: site name, canonical URL, author and date.
  func articleMetadata(_ page: HTMLPageMetadata) -> ArticleMetadata {
    ArticleMetadata(
      source: page.siteName ?? page.jsonLD.publisher,
      url: page.canonicalURL ?? page.jsonLD.url,
      author: page.jsonLD.author ?? page.author ?? page.bylineAuthor,
      date: page.published ?? page.jsonLD.datePublished ?? page.articleTime)
  }
}
