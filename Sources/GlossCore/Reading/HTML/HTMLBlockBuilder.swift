/// Accumulates the text of one block at a time as a page is walked, the way a browser lays out
/// inline text: runs of white space become one space, `<br>` starts a new line (two in a row, a
/// new block), preformatted text keeps its lines, and no line is ever blank, so the blocks can be
/// written as paragraphs separated by blank lines.
struct HTMLBlockBuilder {
  private(set) var blocks: [HTMLBlock] = []
  /// The role the next block finished by a double `<br>` gets.
  var currentRole: Paragraph.Role = .body
  /// The outermost `<blockquote>` element being walked, stamped on the blocks finished in it.
  var quote: Int?
  /// The blocks being finished name who is quoted (a `<cite>` in a `<blockquote>`).
  var isAttribution = false
  /// The text being appended lies outside the article's core.
  var isOutsideCore = false

  private var text: [Unicode.Scalar] = []
  private var links: [ArticleLink] = []
  /// Some of `text` came from outside the article's core.
  private var textOutsideCore = false
  /// Links still open: their URL and where their text starts in `text`.
  private var openLinks: [(url: String, start: Int)] = []
  /// White space was seen since the last character: a space goes before the next one.
  private var pendingSpace = false
  /// `<br>` elements since the last character.
  private var breaks = 0

  /// Adds a text node's characters; `preformatted` keeps its spaces and line breaks.
  mutating func append(_ characters: String, preformatted: Bool) {
    for scalar in characters.unicodeScalars {
      if preformatted && scalar == "\n" {
        lineBreak()
      } else if preformatted && scalar != "\r" {
        appendCharacter(scalar, keepingSpace: true)
      } else if ScalarClass.isWhitespace(scalar) {
        pendingSpace = true
      } else {
        appendCharacter(scalar, keepingSpace: false)
      }
    }
  }

  /// Adds a mark of the layout (a quotation mark) as text.
  mutating func appendMark(_ mark: Unicode.Scalar, closing: Bool) {
    if closing { pendingSpace = false }
    appendCharacter(mark, keepingSpace: false)
  }

  /// Puts a space before the next character (between table cells).
  mutating func separate() { pendingSpace = true }

  /// A `<br>`: a new line, or a new block after another `<br>`.
  mutating func lineBreak(fromElement: Bool = false) {
    if fromElement {
      breaks += 1
      if breaks >= 2 {
        finishBlock(role: currentRole)
        return
      }
    }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    clampOpenLinks()
    pendingSpace = false
    if let last = text.last, last != "\n" { text.append("\n") }
  }

  /// Starts a link at the next character (after the space pending before it, if any).
  mutating func openLink(_ url: String) {
    let spaced = pendingSpace && text.last.map { $0 != "\n" } ?? false
    openLinks.append((url, text.count + (spaced ? 1 : 0)))
  }

  /// Ends the innermost open link.
  mutating func closeLink() {
    guard let link = openLinks.popLast() else { return }
    addLink(link.url, from: link.start)
  }

  /// Drops the last block when it is a heading and no text has come since: it titled what
  /// follows it, a list of links that was left out ("Related", "More on this").
  mutating func dropHeadingOfLinks() {
    guard text.isEmpty, blocks.last?.role == .heading else { return }
    blocks.removeLast()
  }

  /// Ends the block under way, if it has any text, with `role`.
  mutating func finishBlock(role: Paragraph.Role) {
    while let last = text.last, ScalarClass.isWhitespace(last) { text.removeLast() }
    clampOpenLinks()
    for index in openLinks.indices {
      addLink(openLinks[index].url, from: openLinks[index].start)
      openLinks[index].start = 0
    }
    if !text.isEmpty {
      blocks.append(
        HTMLBlock(
          role: role, text: text, links: links, quote: quote, isAttribution: isAttribution,
          isOutsideCore: textOutsideCore))
    }
    text = []
    textOutsideCore = false
    links = []
    pendingSpace = false
    breaks = 0
  }

  private mutating func appendCharacter(_ scalar: Unicode.Scalar, keepingSpace: Bool) {
    if pendingSpace, let last = text.last, last != "\n" { text.append(" ") }
    pendingSpace = false
    if isOutsideCore { textOutsideCore = true }
    breaks = 0
    if keepingSpace && ScalarClass.isWhitespace(scalar) && (text.last == nil || text.last == "\n") {
      return
    }
    text.append(scalar)
  }

  private mutating func addLink(_ url: String, from start: Int) {
    let end = text.count
    if start < end { links.append(ArticleLink(url: url, span: Span(start, end))) }
  }

  /// Keeps open links from starting past the text after trailing white space is removed.
  private mutating func clampOpenLinks() {
    for index in openLinks.indices where openLinks[index].start > text.count {
      openLinks[index].start = text.count
    }
    links = links.map { link in
      ArticleLink(
        url: link.url, span: Span(min(link.span.start, text.count), min(link.span.end, text.count)))
    }
  }
}
