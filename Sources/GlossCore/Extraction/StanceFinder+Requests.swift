/// Requests made of the topic: "urged Walden to stop", "called on (or for) Walden to apologize". Asking
/// someone to turn back what they do opposes them; any other request ("urged Walden to act")
/// shows no stance on the one asked, though "urge" alone is support ("urged the plan's passage").
extension StanceFinder {
  /// For a verb of asking at `index` whose addressee is a reference to the topic followed by
  /// "to" and a verb: that reference, with `.oppose` when the verb turns something back
  /// (``StanceWords/reverse``, ``StanceWords/retreats``) and nil otherwise. Nil when the word
  /// asks nothing of the topic.
  func request(
    at index: Int, in references: [TopicReferences.Reference]
  ) -> (reference: TopicReferences.Reference, polarity: Polarity?)? {
    let tokens = document.tokens
    guard StanceWords.requests.contains(tokens.lower(index)) else { return nil }
    var addressee = index + 1
    if addressee < tokens.count, ["on", "upon", "for"].contains(tokens.lower(addressee)) { addressee += 1 }
    let sentence = document.sentences[document.sentenceOfToken[index]]
    guard
      let reference = references.first(where: { reference in
        reference.head >= addressee && reference.head - addressee <= 3
          && !(addressee...reference.head).contains { tokens[$0].isPunctuation }
      })
    else { return nil }
    let to = document.tokenIndex(atOrAfter: reference.phrase.end)
    guard to + 1 < sentence.upperBound, tokens.lower(to) == "to", tokens[to + 1].isWord else { return nil }
    // The evidence runs on to the verb asked for: "called on Walden to apologize".
    let asked = TopicReferences.Reference(head: reference.head, phrase: Span(reference.phrase.start, tokens[to + 1].span.end))
    return (asked, turnsBack(afterTo: to) ? .oppose : nil)
  }

  /// True when the verb after the "to" at `index` turns something back or retracts ("to stop",
  /// "to resign", "to step down"; not "to step up").
  func turnsBack(afterTo index: Int) -> Bool {
    let tokens = document.tokens
    guard index + 1 < tokens.count else { return false }
    let verb = tokens.lower(index + 1)
    if verb == "step" { return index + 2 < tokens.count && ["down", "aside", "back"].contains(tokens.lower(index + 2)) }
    return StanceWords.reverse.contains(verb) || StanceWords.retreats.contains(verb)
  }
}
