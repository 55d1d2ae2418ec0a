import GlossCore

/// Something found in the text that the body pane may style: where it is and what it is.
struct Mark: Sendable {
  enum Kind: Sendable {
    case entity(EntityType)
    /// A piece of the quote with this index in `ReaderDocument.quotes`.
    case quote(Int)
    /// Evidence of a stance, with the stance's index.
    case evidence(Polarity, stance: Int)
  }

  var span: Span
  var kind: Kind
}

/// The marks of an article bucketed by paragraph, so drawing a line looks only at the marks of
/// its own paragraph, whatever the article's length.
struct ParagraphMarks: Sendable {
  private var buckets: [[Mark]]

  init(article: Article, quotes: [Quote], annotations: Annotations) {
    buckets = Array(repeating: [], count: article.paragraphs.count)
    var marks: [Mark] = []
    for entity in annotations.entities {
      marks += entity.mentions.map { Mark(span: $0, kind: .entity(entity.type)) }
    }
    for (index, quote) in quotes.enumerated() {
      marks += quote.pieces.map { Mark(span: $0, kind: .quote(index)) }
    }
    for (index, stance) in annotations.stances.enumerated() {
      marks += stance.evidence.map { Mark(span: $0, kind: .evidence(stance.polarity, stance: index)) }
    }
    for mark in marks {
      guard var paragraph = article.paragraphIndex(containing: mark.span.start) else { continue }
      while paragraph < article.paragraphs.count,
        article.paragraphs[paragraph].span.overlaps(mark.span)
      {
        buckets[paragraph].append(mark)
        paragraph += 1
      }
    }
  }

  /// The marks overlapping `span` inside paragraph `paragraph`.
  func marks(in paragraph: Int, overlapping span: Span) -> [Mark] {
    guard buckets.indices.contains(paragraph) else { return [] }
    return buckets[paragraph].filter { $0.span.overlaps(span) }
  }
}
