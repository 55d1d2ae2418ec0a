/// Builds the quotes of a brat file: its `Quote` spans with their `Kind` attributes and their
/// `Source` (speaker) and `Cue` relations. Quotes are numbered `q1`, `q2`, … in text order, and a
/// quote inside another gets the innermost one as its parent.
struct BratQuoteBuilder {
  let file: BratFile
  let grouping: BratEntityGrouping
  let article: Article
  let name: String
  /// References that could not be followed.
  private(set) var warnings: [String] = []

  init(file: BratFile, grouping: BratEntityGrouping, article: Article, name: String) {
    self.file = file
    self.grouping = grouping
    self.article = article
    self.name = name
  }

  mutating func build() -> [Quote] {
    let quoteBounds = file.textBounds.filter { $0.label.lowercased() == "quote" }
    var quotes = quoteBounds.map { bound in
      Quote(
        id: bound.id, span: bound.span, pieces: bound.pieces,
        text: bound.pieces.map(article.string).joined(separator: "\n"), kind: .direct)
    }
    let position = Dictionary(
      quotes.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    applyKinds(to: &quotes, position: position)
    applyRelations(to: &quotes, position: position)
    return QuoteNesting.numbered(quotes)
  }

  private mutating func applyKinds(to quotes: inout [Quote], position: [String: Int]) {
    for attribute in file.attributes where attribute.name == "Kind" {
      guard let index = position[attribute.target] else {
        warnings.append(
          "\(name): line \(attribute.line): Kind of \(attribute.target), which is not a quote")
        continue
      }
      guard let kind = attribute.value.flatMap({ QuoteKind(rawValue: $0.lowercased()) }) else {
        let value = attribute.value ?? "nothing"
        warnings.append(
          "\(name): line \(attribute.line): Kind \(value) is not direct, partial, block or indirect"
        )
        continue
      }
      quotes[index].kind = kind
    }
  }

  private mutating func applyRelations(to quotes: inout [Quote], position: [String: Int]) {
    for relation in file.relations where relation.type == "Source" || relation.type == "Cue" {
      let pair =
        position[relation.first].map { ($0, relation.second) }
        ?? position[relation.second].map { ($0, relation.first) }
      guard let (index, argument) = pair, let bound = file.textBound(argument) else {
        warnings.append(
          "\(name): line \(relation.line): \(relation.type) does not link a quote to a span")
        continue
      }
      let span = bound.span
      if relation.type == "Cue" {
        quotes[index].cue = Cue(span: span, text: article.string(span))
      } else {
        quotes[index].speaker = speaker(bound)
      }
    }
  }

  /// The speaker a `Source` relation names: its note, else its entity's name, else its text.
  private func speaker(_ bound: BratFile.TextBound) -> SpeakerRef {
    let entity = grouping.entityOfMention[bound.span].map { grouping.entities[$0] }
    let note = file.notes[bound.id]
    let named = note.flatMap { note in grouping.entities.first { $0.name == note } }
    return SpeakerRef(
      entity: (entity ?? named)?.id, name: note ?? entity?.name ?? article.string(bound.span),
      span: bound.span)
  }
}
