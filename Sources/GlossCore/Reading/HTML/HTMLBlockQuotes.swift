/// Puts quotation marks around the text of `<blockquote>` elements that have none, so the quote
/// extractor sees a page's block quotes as quotes, as it sees `<q>`.
///
/// The marks follow the convention for quotations over several paragraphs: “ opens every
/// paragraph and ” closes only the last. Trailing paragraphs that name the source (a `<cite>` or
/// `<footer>` of the block quote, or a line opening with a dash: "— Name") stay outside the
/// marks, and a block quote with double quotation marks of its own is left as the page wrote it.
enum HTMLBlockQuotes {
  /// Marks that show the page quoted the text itself.
  static let doubleMarks: Set<Unicode.Scalar> = ["“", "”", "„", "\"", "«", "»"]
  /// Marks that open an attribution line.
  static let dashes: Set<Unicode.Scalar> = ["—", "–", "―", "-", "~"]

  /// `blocks` with the paragraphs of each block quote marked.
  static func marked(_ blocks: [HTMLBlock]) -> [HTMLBlock] {
    var blocks = blocks
    var start = 0
    while start < blocks.count {
      var end = start + 1
      if let quote = blocks[start].quote {
        while end < blocks.count, blocks[end].quote == quote { end += 1 }
        mark(&blocks[start..<end])
      }
      start = end
    }
    return blocks
  }

  /// Marks one block quote's paragraphs, unless it quotes itself.
  static func mark(_ group: inout ArraySlice<HTMLBlock>) {
    guard !group.contains(where: { $0.text.contains(where: doubleMarks.contains) }) else { return }
    var last = group.endIndex - 1
    while last > group.startIndex,
      group[last].isAttribution || group[last].text.first.map(dashes.contains) == true
    {
      last -= 1
    }
    for index in group.startIndex...last {
      group[index].text.insert("“", at: 0)
      group[index].links = group[index].links.map { link in
        ArticleLink(url: link.url, span: Span(link.span.start + 1, link.span.end + 1))
      }
    }
    group[last].text.append("”")
  }
}
