import GlossCore

/// Something found in the text that the body pane may style: where it is and what it is.
///
/// A long article has millions, so a mark keeps its numbers in 32 bits and its kind in two
/// bytes: 16 bytes a mark.
struct Mark: Sendable {
  enum Kind: Sendable {
    case entity(EntityType)
    /// A piece of the quote with this index in `ReaderDocument.quotes`.
    case quote(Int)
    /// Evidence of a stance, with the stance's index.
    case evidence(Polarity, stance: Int)
  }

  private let start: Int32
  private let end: Int32
  /// The quote's or the stance's index.
  private let index: Int32
  /// 0 for an entity, 1 for a quote, 2 for evidence.
  private let tag: UInt8
  /// The entity type's or the polarity's position among its cases.
  private let detail: UInt8

  init(span: Span, kind: Kind) {
    start = Int32(span.start)
    end = Int32(span.end)
    switch kind {
    case .entity(let type):
      (tag, detail, index) = (0, Self.position(of: type), 0)
    case .quote(let quote):
      (tag, detail, index) = (1, 0, Int32(quote))
    case .evidence(let polarity, let stance):
      (tag, detail, index) = (2, Self.position(of: polarity), Int32(stance))
    }
  }

  var span: Span { Span(Int(start), Int(end)) }

  var kind: Kind {
    switch tag {
    case 0: .entity(EntityType.allCases[Int(detail)])
    case 1: .quote(Int(index))
    default: .evidence(Polarity.allCases[Int(detail)], stance: Int(index))
    }
  }

  private static func position<Case: CaseIterable & Equatable>(of value: Case) -> UInt8 {
    UInt8(Array(Case.allCases).firstIndex(of: value) ?? 0)
  }
}

/// The marks of an article grouped by paragraph, so drawing a line looks only at the marks of
/// its own paragraph, whatever the article's length: one array of marks, paragraph after
/// paragraph (a mark over several paragraphs is in each), and where each paragraph's start.
struct ParagraphMarks: Sendable {
  private var marks: [Mark] = []
  /// Where each paragraph's marks start in `marks`, and where the last one's end.
  private var starts: [Int32]

  init(article: Article, quotes: [Quote], annotations: Annotations) {
    var counts = [Int32](repeating: 0, count: article.paragraphs.count + 1)
    Self.place(article, quotes, annotations) { paragraph, _ in counts[paragraph + 1] += 1 }
    for index in counts.indices.dropFirst() { counts[index] += counts[index - 1] }
    starts = counts
    var next = counts
    var marks = [Mark](repeating: Mark(span: Span(0, 0), kind: .quote(0)), count: Int(counts.last ?? 0))
    Self.place(article, quotes, annotations) { paragraph, mark in
      marks[Int(next[paragraph])] = mark
      next[paragraph] += 1
    }
    self.marks = marks
  }

  /// Calls `body` with each paragraph each mark overlaps, and the mark: entities' mentions,
  /// then quotes' pieces, then stances' evidence, in that order.
  private static func place(
    _ article: Article, _ quotes: [Quote], _ annotations: Annotations, _ body: (Int, Mark) -> Void
  ) {
    func place(_ mark: Mark) {
      guard var paragraph = article.paragraphIndex(containing: mark.span.start) else { return }
      while paragraph < article.paragraphs.count, article.paragraphs[paragraph].span.overlaps(mark.span) {
        body(paragraph, mark)
        paragraph += 1
      }
    }
    for entity in annotations.entities {
      for mention in entity.mentions { place(Mark(span: mention, kind: .entity(entity.type))) }
    }
    for (index, quote) in quotes.enumerated() {
      for piece in quote.pieces { place(Mark(span: piece, kind: .quote(index))) }
    }
    for (index, stance) in annotations.stances.enumerated() {
      for span in stance.evidence { place(Mark(span: span, kind: .evidence(stance.polarity, stance: index))) }
    }
  }

  /// The marks overlapping `span` inside paragraph `paragraph`.
  func marks(in paragraph: Int, overlapping span: Span) -> [Mark] {
    guard paragraph >= 0, paragraph + 1 < starts.count else { return [] }
    return marks[Int(starts[paragraph])..<Int(starts[paragraph + 1])].filter { $0.span.overlaps(span) }
  }
}
