extension Article {
  /// The article cut between paragraphs into sections of about `length` scalars each, which a
  /// long article is annotated in, one after another. Each section is an article on the same
  /// text, so every offset in it is the whole article's; the first keeps the headline. An
  /// article that fits is one section.
  ///
  /// A section ends before the paragraph that would take it over `length`, unless that
  /// paragraph opens with a quotation mark: news style continues a quote over paragraphs that
  /// way, and the quote is kept whole, the cut put off to the next paragraph.
  public func sections(upTo length: Int) -> [Article] {
    guard let last = paragraphs.last, last.span.end > length else { return [self] }
    var sections: [Article] = []
    var first = 0
    for index in paragraphs.indices.dropFirst()
    where paragraphs[index].span.end - paragraphs[first].span.start > length && !opensWithQuotationMark(index) {
      sections.append(section(first..<index))
      first = index
    }
    sections.append(section(first..<paragraphs.count))
    return sections
  }

  /// The paragraphs `range` as an article on the same text, with the headline when they are
  /// the first.
  private func section(_ range: Range<Int>) -> Article {
    Article(
      scalars: scalars, headline: range.lowerBound == 0 ? headline : nil, metadata: metadata,
      paragraphs: Array(paragraphs[range]))
  }

  /// True when paragraph `index` opens with a quotation mark.
  private func opensWithQuotationMark(_ index: Int) -> Bool {
    let span = paragraphs[index].span
    return span.start < span.end && QuotationScanner.isQuotationMark(scalars[span.start])
  }
}
