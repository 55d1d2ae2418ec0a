/// Parses a Markdown article: optional YAML front matter, a `# Headline` (else the front
/// matter's title, else the first line when ``HeadlineRule`` takes it for a title), `##`
/// headings, `>` blocks and list items as paragraphs.
///
/// Spans point into the file's text with Markdown markup included, but a paragraph starts after
/// its leading `#`, `>` or list marker. Inline markup (`*emphasis*`, links) stays in the text;
/// fenced code and setext (underlined) headings are read as ordinary paragraphs.
public struct MarkdownArticleParser: Sendable {
  public init() {}

  /// One block of lines under construction.
  struct Block {
    var role: Paragraph.Role
    var lines: [Span]
    /// True for a level-1 heading, the headline candidate.
    var isTitle = false
    var span: Span { Span(lines[0].start, lines[lines.count - 1].end) }
  }

  /// The article in `text`, with front matter metadata but without the shared passes
  /// (``ArticleReader`` adds those).
  public func parse(_ text: String) -> Article {
    var article = Article(text: text)
    let scalars = article.scalars
    var lines = scalars.lines()
    if let frontMatter = FrontMatterParser.parse(lines, in: scalars) {
      article.metadata = frontMatter.metadata
      lines.removeFirst(frontMatter.lineCount)
    }
    var blocks = Self.blocks(lines, in: scalars)
    if let title = blocks.firstIndex(where: \.isTitle) {
      article.headline = blocks.remove(at: title).span
    } else if article.metadata.title == nil, let first = blocks.first?.lines.first,
      HeadlineRule.admits(first, in: scalars, standsAlone: Self.opensWithLoneLine(lines, in: scalars))
    {
      article.headline = blocks[0].lines.removeFirst()
      if blocks[0].lines.isEmpty { blocks.removeFirst() }
    }
    article.paragraphs = blocks.map { Paragraph(span: $0.span, role: $0.role, in: scalars) }
    return article
  }

  /// True when the first non-blank line of `lines` is plain text (no list item, quote or
  /// heading) with a blank line and more text after it.
  static func opensWithLoneLine(_ lines: [Span], in scalars: ScalarText) -> Bool {
    func kind(_ index: Int) -> MarkdownLine { MarkdownLine(lines[index], in: scalars) }
    guard let first = lines.indices.first(where: { kind($0) != .blank }), case .text = kind(first),
      first + 2 < lines.count, kind(first + 1) == .blank
    else { return false }
    return lines.indices.dropFirst(first + 2).contains { kind($0) != .blank }
  }

  /// Groups classified lines into blocks: blank lines, headings, rules and list items end a
  /// block; a `>` line continues a quote block; a text line continues any open block.
  static func blocks(_ lines: [Span], in scalars: ScalarText) -> [Block] {
    var blocks: [Block] = []
    var open: Block?
    func close() {
      if let block = open { blocks.append(block) }
      open = nil
    }
    for line in lines {
      switch MarkdownLine(line, in: scalars) {
      case .blank, .rule:
        close()
      case .heading(let level, let content):
        close()
        if !content.isEmpty {
          blocks.append(Block(role: .heading, lines: [content], isTitle: level == 1))
        }
      case .quote(let content):
        if content.isEmpty || open?.role != .blockquote { close() }
        if content.isEmpty { continue }
        if open == nil { open = Block(role: .blockquote, lines: []) }
        open?.lines.append(content)
      case .listItem(let content):
        close()
        open = Block(role: .body, lines: [content])
      case .text(let content):
        if open == nil { open = Block(role: .body, lines: []) }
        open?.lines.append(content)
      }
    }
    close()
    return blocks
  }
}
