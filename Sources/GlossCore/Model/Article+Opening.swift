extension Article {
  /// The article's first paragraphs, up to `length` scalars, as an article of their own: every
  /// offset in it is the whole article's, so its annotations can be shown on the whole text while
  /// the rest is still being annotated. At least the first paragraph is kept; the headline and
  /// metadata stay.
  public func opening(upTo length: Int) -> Article {
    let kept = max(paragraphs.partitionIndex { $0.span.end <= length }, min(paragraphs.count, 1))
    let end = max(kept > 0 ? paragraphs[kept - 1].span.end : 0, headline?.end ?? 0)
    return Article(
      text: string(Span(0, end)), headline: headline, metadata: metadata, paragraphs: Array(paragraphs[..<kept]))
  }
}
