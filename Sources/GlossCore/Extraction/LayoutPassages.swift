/// Passages the layout marks as quoted without quotation marks, each with the line that names
/// its speaker when it has one:
/// - a run of block-quote paragraphs (Markdown `>`, HTML `<blockquote>`) is one passage, its
///   last paragraph left out when it only names the speaker ("— Elena Varga");
/// - on a page of letters or readers' comments, a paragraph that is only a signature (a name
///   of a person or an account such as "@harbour_watch", with or without a full stop) signs the paragraphs since the previous signature, or the one paragraph
///   before the first or after a heading; a line of place after a signature ("Leeds.") is
///   part of it. One signature alone is no letters page (an essay signed by its author), so
///   it takes two, of different people: a name under every photo is a credit.
/// Quotations marked inside a passage become its nested passages.
struct LayoutPassages {
  let article: Article
  let document: Document
  /// The article's entities: a signature is a person's name.
  let entities: EntityTable

  /// Paragraphs of one passage, trimmed, and the line naming its speaker.
  private struct Run {
    var pieces: [Span]
    var attribution: Span?
  }

  /// `passages` (from quotation marks) with the layout's passages added, numbered after them;
  /// the attribution lines of the new passages by passage number.
  func adding(to passages: [QuotedPassage]) -> (passages: [QuotedPassage], attributions: [Int: Span]) {
    var result = passages
    var attributions: [Int: Span] = [:]
    var number = (passages.map(\.number).max() ?? 0) + 1
    for run in blockquoteRuns() + letterRuns() {
      let pieces = run.pieces
      let outer = Span(pieces[0].start, pieces[pieces.count - 1].end)
      // A passage already quoted with marks is the scanner's.
      if passages.contains(where: { $0.parent == nil && $0.outer.start <= outer.start + 1 && $0.outer.end >= outer.end - 1 }) {
        continue
      }
      for index in result.indices where result[index].parent == nil && outer.contains(result[index].outer) {
        result[index].parent = number
      }
      result.append(QuotedPassage(number: number, pieces: pieces, outer: outer, parent: nil, balanced: true))
      if let attribution = run.attribution { attributions[number] = attribution }
      number += 1
    }
    return (result.sorted { $0.outer < $1.outer }, attributions)
  }

  /// Consecutive block-quote paragraphs of the body, a last dash line taken as the attribution.
  private func blockquoteRuns() -> [Run] {
    var runs: [Run] = []
    var current: [Span] = []
    func close() {
      guard !current.isEmpty else { return }
      var run = Run(pieces: current)
      if current.count > 1, let last = current.last, isDashLine(last) {
        run.attribution = last
        run.pieces.removeLast()
      }
      runs.append(run)
      current = []
    }
    for paragraph in article.paragraphs {
      if paragraph.role == .blockquote, !paragraph.isBoilerplate {
        current.append(article.scalars.trimmed(paragraph.span))
      } else {
        close()
      }
    }
    close()
    return runs
  }

  /// The letters of a page of signed letters or comments (see the type's summary). Names that
  /// head what follows them ("Ana Lind." then "Lind has led …") are a list's headings, not
  /// signatures: when the paragraph after most of them names them, there are no letters; and
  /// a letter never names its own signer.
  private func letterRuns() -> [Run] {
    let body = article.paragraphs.filter { $0.role == .body && !$0.isBoilerplate }.map { article.scalars.trimmed($0.span) }
    var signers = body.map(signer)
    // "Getty." under every photo is a credit: each letter has a signer of its own.
    var lines: [Int: Int] = [:]
    for case let signer? in signers { lines[signer, default: 0] += 1 }
    signers = signers.map { $0.flatMap { lines[$0] == 1 ? $0 : nil } }
    let signatures = body.indices.filter { signers[$0] != nil }
    let headings = signatures.filter { $0 + 1 < body.count && names(signers[$0]!, in: body[$0 + 1]) }
    guard signatures.count >= 2, headings.count * 2 < signatures.count else { return [] }
    var runs: [Run] = []
    var start: Int?
    var afterSignature = false
    for (index, span) in body.enumerated() {
      if let signer = signers[index] {
        let first = start ?? index - 1
        if first >= 0, first < index, !body[first..<index].contains(where: { names(signer, in: $0) }) {
          runs.append(Run(pieces: Array(body[first..<index]), attribution: span))
        }
        start = index + 1
        afterSignature = true
      } else if isShortCapitalisedLine(span) {
        // "Leeds." under a signature is part of it; "TWITTER." elsewhere heads a new section,
        // whose first letter is its one paragraph before a signature.
        start = afterSignature ? index + 1 : nil
        afterSignature = false
      } else {
        afterSignature = false
      }
    }
    return runs
  }

  /// True when some mention in `span` is of the entity `entity`.
  private func names(_ entity: Int, in span: Span) -> Bool {
    let first = document.tokenIndex(atOrAfter: span.start)
    let end = document.tokenIndex(atOrAfter: span.end)
    return (first..<end).contains { entities.mention(at: $0)?.entity == entity }
  }

  /// True for a short line that opens with a dash: the name of whoever is quoted.
  private func isDashLine(_ span: Span) -> Bool {
    guard span.length > 0, span.length < 120 else { return false }
    return ["—", "–", "-", "―"].contains(article.scalars[span.start])
  }

  /// The person whose name or account is the whole paragraph, a full stop after it or not.
  private func signer(_ span: Span) -> Int? {
    guard span.length <= 60, let line = lineTokens(span), let mention = entities.mention(at: line.lowerBound),
      entities.entities[mention.entity].type == .person, mention.tokens == line
    else { return nil }
    return mention.entity
  }

  /// True for a line of one to three capitalised words: a place under a signature ("Leeds.",
  /// "Washington, D.C."), or a heading ("TWITTER.").
  private func isShortCapitalisedLine(_ span: Span) -> Bool {
    guard span.length <= 40, let line = lineTokens(span) else { return false }
    let tokens = document.tokens
    let words = line.filter { tokens[$0].isWord }
    return (1...3).contains(words.count) && line.allSatisfy { tokens[$0].isCapitalized || tokens.text($0) == "," }
  }

  /// The tokens of a paragraph without its final full stop; nil when nothing is left.
  private func lineTokens(_ span: Span) -> Range<Int>? {
    let first = document.tokenIndex(atOrAfter: span.start)
    var end = document.tokenIndex(atOrAfter: span.end)
    if end > first, document.tokens.text(end - 1) == "." { end -= 1 }
    return first < end ? first..<end : nil
  }
}
