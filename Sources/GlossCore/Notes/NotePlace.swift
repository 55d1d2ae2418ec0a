/// Where a passage is, for people: the paragraph it starts in (numbered from 1, as the reader
/// counts) or the headline, and its offsets.
public struct NotePlace: Equatable, Sendable, CustomStringConvertible {
  /// The paragraph's number from 1, or nil in the headline or between paragraphs.
  public var paragraph: Int?
  public var isHeadline: Bool
  public var span: Span

  public init(span: Span, in article: Article) {
    self.span = span
    paragraph = article.paragraphIndex(containing: span.start).map { $0 + 1 }
    isHeadline = article.headline?.contains(span.start) ?? false
  }

  /// "¶3, 1024–1090", "headline, 0–76", or the offsets alone.
  public var description: String {
    let offsets = "\(span.start)–\(span.end)"
    if let paragraph { return "¶\(paragraph), \(offsets)" }
    return isHeadline ? "headline, \(offsets)" : offsets
  }
}
