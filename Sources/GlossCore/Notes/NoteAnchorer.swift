/// Finds notes again in an article's current text, the way Hypothesis re-attaches annotations:
///
/// 1. at the note's `TextPositionSelector`, if the text there still equals the quote (`exact`);
/// 2. else the quote exactly, elsewhere: the occurrence whose context best matches the note's
///    prefix and suffix, then the nearest to the old position (`moved`);
/// 3. else an approximate match (``approximateMatch(of:context:near:)``) scored on the quote, its
///    context and its distance from the old position (`approximate`);
/// 4. else nowhere (`detached`): the note is kept and listed apart.
///
/// Build one per text and anchor every note with it.
public struct NoteAnchorer: Sendable {
  let text: ScalarText
  let words: WordIndex

  public init(text: ScalarText) {
    self.text = text
    words = WordIndex(text)
  }

  public init(article: Article) { self.init(text: article.scalars) }

  /// `notes` with their anchors, in text order (by span, then creation); detached notes last,
  /// oldest first.
  public func anchor(_ notes: [Note]) -> [AnchoredNote] {
    let anchored = notes.map { AnchoredNote(note: $0, anchor: anchor($0.target)) }
    return anchored.sorted { first, second in
      switch (first.anchor.span, second.anchor.span) {
      case (let a?, let b?): return a != b ? a < b : first.note.created < second.note.created
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return first.note.created < second.note.created
      }
    }
  }

  /// Where `target` is in the text. A target with no quote is taken at its position when that
  /// lies in the text: there is nothing to check it against.
  public func anchor(_ target: NoteTarget) -> NoteAnchor {
    let old = target.position?.span.flatMap { $0.end <= text.count ? $0 : nil }
    guard let quote = target.quote, !quote.exact.isEmpty else {
      return old.map { NoteAnchor(span: $0, attachment: .exact) } ?? .detached
    }
    let exact = Array(quote.exact.unicodeScalars)
    if let old, text[old.start..<old.end].elementsEqual(exact) {
      return NoteAnchor(span: old, attachment: .exact)
    }
    // The old start counts for closeness even when the text has shrunk below it.
    let oldStart = target.position?.start
    let context = NoteContext(quote)
    if let span = nearestOccurrence(of: exact, context: context, near: oldStart) {
      return NoteAnchor(span: span, attachment: .moved)
    }
    if let (span, score) = approximateMatch(of: exact, context: context, near: oldStart) {
      return NoteAnchor(span: span, attachment: .approximate(score: score))
    }
    return .detached
  }

  /// The first place `quote` occurs in the text exactly: where a note made from a quote goes.
  public func firstOccurrence(of quote: String) -> Span? {
    let exact = Array(quote.unicodeScalars)
    return occurrences(of: exact).first.map { Span($0, $0 + exact.count) }
  }

  /// The occurrence of `exact` whose context matches the most scalars of the note's prefix and
  /// suffix, the nearest to `old` among equals.
  func nearestOccurrence(of exact: [Unicode.Scalar], context: NoteContext, near old: Int?) -> Span? {
    var best: (span: Span, matched: Int, distance: Int)?
    for start in occurrences(of: exact) {
      let span = Span(start, start + exact.count)
      let matched = context.matchingLength(around: span, in: text)
      let distance = old.map { abs(start - $0) } ?? 0
      if best.map({ matched > $0.matched || (matched == $0.matched && distance < $0.distance) }) ?? true {
        best = (span, matched, distance)
      }
    }
    return best?.span
  }

  /// The start offsets of `exact` in the text, in order, found as they are needed.
  func occurrences(of exact: [Unicode.Scalar]) -> LazyFilterSequence<Range<Int>> {
    let count = exact.count
    let end = exact.isEmpty ? 0 : max(0, text.count - count + 1)
    return (0..<end).lazy.filter { [text] start in
      text[start] == exact[0] && text[start..<start + count].elementsEqual(exact)
    }
  }
}
