/// One paragraph of a page's article as the renderer found it: its text on lines without blank
/// ones, its role, and the links in it (spans relative to `text`).
struct HTMLBlock: Sendable {
  var role: Paragraph.Role
  var text: [Unicode.Scalar]
  var links: [ArticleLink]
  /// The index of the outermost `<blockquote>` element the block is in, if any.
  var quote: Int?
  /// True for a block quote's attribution (its `cite` or `footer`), which stays outside the marks.
  var isAttribution = false
  /// True when some of the block's text lies outside the article's core, in what the article
  /// widened to (see ``HTMLContentSelector/Selection``).
  var isOutsideCore = false
}
