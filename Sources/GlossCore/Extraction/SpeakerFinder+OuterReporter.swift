/// The reporter of a clause that holds another verb of speech: a fragment quoted inside what
/// someone reports is theirs to answer for.
extension SpeakerFinder {
  /// The speaker of the reporting verb whose reported clause holds the verb that found `inner`
  /// in `window` ("Ana Lind said that Ortiz's plan would “…”", "Lind said Ortiz called it
  /// “…”"), when `inner` is named after that verb and nothing between the two verbs opens a
  /// clause of its own: no comma, sentence mark, colon, quotation or conjunction ("Lee said it,
  /// while Ortiz called it “…”", "Lee wrote after Ortiz argued that “…”"). Nil when there is no
  /// such verb, it has no subject, or its subject is the same person as `inner`.
  func outerReporter(of inner: FoundSpeaker, in window: [Int]) -> FoundSpeaker? {
    let tokens = document.tokens
    guard let cue = inner.cue, let innerPosition = window.firstIndex(where: { tokens[$0].span.start == cue.start })
    else { return nil }
    var position = innerPosition - 1
    while position >= window.startIndex {
      let index = window[position]
      let text = tokens.text(index)
      if Self.clauseEnds.contains(text) || document.isQuotationMark(index)
        || Self.subordinators.contains(tokens.lower(index)) || Self.clauseLinks.contains(tokens.lower(index))
      {
        return nil
      }
      if ReportingVerbs.indirect.contains(tokens.lower(index)), !tokens.lower(index).hasSuffix("ing"),
        isCue(index, in: window)
      {
        break
      }
      position -= 1
    }
    guard position >= window.startIndex, inner.span.start >= tokens[window[position]].span.end,
      let outer = before(Array(window[...position])), outer.cue?.start == tokens[window[position]].span.start
    else { return nil }
    // "Lind says she thinks it is “…”": the same speaker keeps the mention nearest the quote.
    if let entity = inner.entity, entity == outer.entity { return nil }
    return outer
  }

  /// Marks after which a verb before them reports no clause that goes on past them.
  private static let clauseEnds: Set<String> = [".", "!", "?", ";", ":", ","]
}
