/// Trims the edges of an article's blocks: the short lines a page puts before its first
/// sentence and after its last one (kickers, breadcrumbs, "More on this topic:", "Share this",
/// ratings, agency credits) are furniture, whatever their language.
///
/// As jusText classifies a short block by its neighbours, a short block between two of running
/// text is the article's own (a short paragraph, a subheading), but one with running text on one
/// side only, at an edge, is not, unless it reads as a sentence (ends with `.`, `!`, `?`, `…`,
/// a closing quotation mark or a parenthesis): the last short sentence of a post is its own. An
/// edge holding a good share of the article's text (a list of short items) is kept whole.
enum HTMLArticleEdges {
  /// A block with this many non-space characters or more is running text.
  static let runningText = 80
  /// An edge holding more than this share of the blocks' non-space characters is kept.
  static let largestEdgeShare = 0.1
  /// The last characters of a sentence, quotation marks and parentheses that may close one.
  static let sentenceEnds: Set<Unicode.Scalar> = [
    ".", "!", "?", "…", "。", "！", "？", "؟", "\"", "”", "“", "»", "«", ")",
  ]

  /// `blocks` without the short blocks that are not sentences before the first block of
  /// running text or sentence (headings among them stay: they title the article's first
  /// section), and after the last one (headings there too: they title what was left out).
  static func trimmed(_ blocks: [HTMLBlock]) -> [HTMLBlock] {
    var start = 0
    var end = blocks.count
    while end > 0, blocks[end - 1].role == .heading || isEdgeLine(blocks[end - 1]) { end -= 1 }
    while start < end, blocks[start].role == .heading || isEdgeLine(blocks[start]) { start += 1 }
    guard start < end else { return blocks }
    let total = Double(length(blocks[...]))
    let lead = blocks[..<start].filter { $0.role != .heading }
    let keptLead = Double(length(lead)) > largestEdgeShare * total
    if Double(length(blocks[end...])) > largestEdgeShare * total { end = blocks.count }
    return blocks[..<start].filter { keptLead || $0.role == .heading } + blocks[start..<end]
  }

  /// True for a short block that is not a sentence.
  static func isEdgeLine(_ block: HTMLBlock) -> Bool {
    guard length([block]) < runningText else { return false }
    let last = block.text.last { !ScalarClass.isWhitespace($0) }
    return last.map { !sentenceEnds.contains($0) } ?? true
  }

  /// The non-space characters of `blocks`.
  static func length(_ blocks: some Collection<HTMLBlock>) -> Int {
    blocks.reduce(0) { $0 + $1.text.count { !ScalarClass.isWhitespace($0) } }
  }
}
