import GlossCore

/// A small article with hand-built annotations of every kind, for the exporter tests.
enum ExportFixture {
  static let text = """
    Talks resume

    “We will talk,” Xi Jinping told Reuters on Friday.

    “Relations matter.

    “So does \u{1B}[31mTHAAD,” the report said. Xi opposes THAAD.
    """

  /// The span of the first occurrence of `needle` in `text` at or after `from`, in scalars.
  static func span(_ needle: String, from: Int = 0) -> Span {
    let scalars = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    for start in from...(scalars.count - pattern.count)
    where Array(scalars[start..<(start + pattern.count)]) == pattern {
      return Span(start, start + pattern.count)
    }
    fatalError("\(needle) not in fixture")
  }

  /// A one-paragraph article with no annotations at all.
  static var emptyDocument: AnnotatedArticle {
    AnnotatedArticle(
      article: ArticleReader.read("Head\n\nBody.", format: .text), annotations: Annotations())
  }

  static var document: AnnotatedArticle {
    let article = ArticleReader.read(text, format: .text)
    let xi = span("Xi Jinping")
    let shortXi = span("Xi opposes").start
    let xiEntity = Entity(
      id: "e1", name: "Xi Jinping", type: .person, aliases: ["Xi"],
      mentions: [xi, Span(shortXi, shortXi + 2)], side: "e3")
    let reuters = Entity(
      id: "e2", name: "Reuters", type: .organization, mentions: [span("Reuters")])
    let thaadFirst = span("THAAD,")
    let thaad = Entity(
      id: "e4", name: "THAAD", type: .other,
      mentions: [Span(thaadFirst.start, thaadFirst.start + 5), span("THAAD.")])
    let first = span("We will talk,")
    let pieceOne = span("Relations matter.")
    let pieceTwo = span("So does")
    let pieceTwoEnd = span("THAAD,").end
    let block = Quote(
      id: "q2", span: Span(pieceOne.start, pieceTwoEnd),
      pieces: [pieceOne, Span(pieceTwo.start, pieceTwoEnd)],
      text: article.string(Span(pieceOne.start, pieceTwoEnd)), kind: .block,
      speaker: SpeakerRef(entity: nil, name: "the report", span: span("the report")))
    let quotes = [
      Quote(
        id: "q1", span: first, text: "We will talk,", kind: .direct,
        speaker: SpeakerRef(entity: "e1", name: "Xi Jinping", span: xi, confidence: .high),
        cue: Cue(span: span("told"), text: "told"), via: "s1"),
      block,
      Quote(
        id: "q3", span: span("THAAD,"), text: "THAAD,", kind: .partial, parent: "q2"),
    ]
    let sources = [
      Source(
        id: "s1", name: "Reuters", type: .agency, entity: "e2",
        citations: [Citation(span: span("Reuters"), kind: .interview, title: "Talks")])
    ]
    let annotations = Annotations(
      entities: [xiEntity, reuters, thaad], quotes: quotes, sources: sources,
      topics: [Topic(name: "THAAD", entity: "e4")],
      stances: [
        Stance(
          actor: "e1", name: "Xi Jinping", target: "THAAD", polarity: .oppose,
          evidence: [span("Xi opposes THAAD.")], confidence: .high)
      ])
    return AnnotatedArticle(article: article, annotations: annotations)
  }
}
