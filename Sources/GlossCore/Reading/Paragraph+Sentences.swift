extension Paragraph {
  /// A paragraph over `span` of `scalars`, split into sentences.
  init(span: Span, role: Role = .body, in scalars: ScalarText) {
    self.init(
      span: span, role: role, sentences: SentenceSplitter.sentences(in: scalars, span: span))
  }

  /// Body paragraphs over `spans` of `scalars`, split into sentences: a long text's side by side
  /// (``OrderedWork/workers(forArticleOf:)``).
  static func split(_ spans: [Span], in scalars: ScalarText) -> [Paragraph] {
    OrderedWork.map(count: spans.count, workers: OrderedWork.workers(forArticleOf: scalars.count)) {
      Paragraph(span: spans[$0], in: scalars)
    }
  }
}
