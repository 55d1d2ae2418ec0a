/// Gives drafted quotes their ids and public form: speaker and source references by id,
/// parents by quote id, in text order.
struct QuoteNumbering {
  let article: Article
  let entities: EntityTable

  /// The quotes of `drafts` in text order; `sources` maps an entity index to its source id.
  func number(_ drafts: [QuoteAttributor.Draft], sources: [Int: String]) -> [Quote] {
    let ordered = drafts.sorted { $0.passage.content < $1.passage.content }
    var idOfPassage: [Int: String] = [:]
    for (index, draft) in ordered.enumerated() { idOfPassage[draft.passage.number] = "q\(index + 1)" }
    return ordered.enumerated().map { index, draft in
      let passage = draft.passage
      let text = passage.pieces.map(article.string).joined(separator: "\n")
      let speaker = draft.speaker.map { found in
        SpeakerRef(
          entity: found.entity.map { entities.entities[$0].id }, name: found.name, span: found.span, confidence: found.confidence)
      }
      let cue = draft.speaker?.cue.map { Cue(span: $0, text: article.string($0)) }
      return Quote(
        id: "q\(index + 1)", span: passage.content, pieces: passage.pieces, text: text, kind: draft.kind,
        speaker: speaker, cue: cue, via: draft.speaker?.via.flatMap { sources[$0] },
        parent: passage.parent.flatMap { idOfPassage[$0] })
    }
  }
}
