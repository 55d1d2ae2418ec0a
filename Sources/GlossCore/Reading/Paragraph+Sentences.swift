extension Paragraph {
  /// A paragraph over `span` of `scalars`, split into sentences.
  init(span: Span, role: Role = .body, in scalars: ScalarText) {
    self.init(
      span: span, role: role, sentences: SentenceSplitter.sentences(in: scalars, span: span))
  }
}
