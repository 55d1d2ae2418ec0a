/// Quoted passages as the quotation marks delimit them, before anyone is credited with them.
struct QuotedPassage: Sendable {
  /// A number unique in the article, in the order passages open.
  var number: Int
  /// The quoted words, one span a paragraph, without the marks and surrounding white space.
  var pieces: [Span]
  /// From the opening mark to the closing mark (or the end of the last piece).
  var outer: Span
  /// The passage this one is nested in (single quotes inside double ones).
  var parent: Int?
  /// False when a mark was missing and the extent is a best guess.
  var balanced: Bool

  var content: Span { Span(pieces[0].start, pieces[pieces.count - 1].end) }
}

/// Finds quoted passages from quotation marks, paragraph by paragraph: straight and curly
/// double quotes, single quotes nested inside them, a quote continued over paragraphs (a
/// paragraph leaves it open and the next opens again), and best guesses where marks are
/// missing or mistyped. It never fails on unbalanced marks.
struct QuotationScanner {
  /// What a mark does where it stands.
  enum Role: Equatable {
    case openDouble
    case closeDouble
    case openSingle
    case closeSingle
    case none
  }

  let scalars: ScalarText

  static let openingPunctuation: Set<Unicode.Scalar> = Set("([{—–-/".unicodeScalars)
  static let closingPunctuation: Set<Unicode.Scalar> = Set(".,;:!?)]}—–…".unicodeScalars)

  /// A quote still open at the end of a paragraph, to be continued or closed.
  private struct Open {
    var number: Int
    var mark: Int
    var contentStart: Int
    var pieces: [Span] = []
  }

  /// The passages found so far, in the order they were closed.
  private var result: [QuotedPassage] = []
  /// Passages opened so far.
  private var counter = 0
  /// The quote left open by the last paragraph scanned, continued by the next.
  private var carried: Open?

  init(scalars: ScalarText) { self.scalars = scalars }

  /// Scans `paragraph`, the next paragraph in text order; `next` is the one after it (a quote
  /// left open here continues there when it opens with a quotation mark).
  mutating func scan(_ paragraph: Span, followedBy next: Span?) {
    var outer: Open? = nil
    var inner: Open? = nil
    var strayCloser: Int? = nil
    var position = paragraph.start
    if var continued = carried {
      if let first = firstMark(in: paragraph), role(at: first, in: paragraph) == .openDouble {
        continued.contentStart = first + 1
        outer = continued
        position = first + 1
      } else {
        result.append(finish(continued, closeMark: nil, balanced: false))
      }
      carried = nil
    }
    var lastEnd = paragraph.start
    while position < paragraph.end {
      defer { position += 1 }
      guard Self.isQuotationMark(scalars[position]) else { continue }
      switch role(at: position, in: paragraph, outer: outer?.mark, inner: inner?.mark) {
      case .openDouble:
        if var open = outer {
          open.pieces.append(Span(open.contentStart, position))
          result.append(finish(open, closeMark: position, balanced: false))
          outer = nil
          lastEnd = position + 1
        } else {
          counter += 1
          let mark = isSecondOfPair(position) ? position - 1 : position
          outer = Open(number: counter, mark: mark, contentStart: position + 1)
          strayCloser = nil
        }
      case .closeDouble:
        if var open = outer {
          open.pieces.append(Span(open.contentStart, position))
          result.append(finish(open, closeMark: position, balanced: true))
          outer = nil
          inner = nil
          // The second apostrophe of a closing pair ('') closes nothing more.
          if scalars[position] == "'", position + 1 < paragraph.end, scalars[position + 1] == "'" { position += 1 }
        } else if let guess = guessedStart(before: position, from: lastEnd) {
          counter += 1
          let open = Open(number: counter, mark: guess, contentStart: guess, pieces: [Span(guess, position)])
          result.append(finish(open, closeMark: position, balanced: false))
        }
        lastEnd = position + 1
      case .openSingle:
        counter += 1
        inner = Open(number: counter, mark: position, contentStart: position + 1)
      case .closeSingle:
        if var open = inner {
          open.pieces.append(Span(open.contentStart, position))
          var passage = finish(open, closeMark: position, balanced: true)
          passage.parent = outer?.number
          result.append(passage)
          inner = nil
        } else if outer != nil, strayCloser == nil, position > paragraph.start,
          ".!?,".unicodeScalars.contains(scalars[position - 1])
        {
          strayCloser = position
        }
      case .none:
        break
      }
    }
    guard var open = outer else { return }
    if let next, let first = firstMark(in: next), role(at: first, in: next) == .openDouble {
      open.pieces.append(Span(open.contentStart, paragraph.end))
      carried = open
    } else if let stray = strayCloser {
      open.pieces.append(Span(open.contentStart, stray))
      result.append(finish(open, closeMark: stray, balanced: false))
    } else {
      open.pieces.append(Span(open.contentStart, paragraph.end))
      result.append(finish(open, closeMark: nil, balanced: false))
    }
  }

  /// Every passage in the paragraphs scanned, sorted by where they start; a quote still open
  /// ends with the last paragraph.
  func passages() -> [QuotedPassage] {
    var result = result
    if let open = carried { result.append(finish(open, closeMark: nil, balanced: false)) }
    return result.filter { !$0.pieces.isEmpty && $0.content.length > 0 }.sorted { $0.outer < $1.outer }
  }

  /// The passage with its pieces trimmed of white space.
  private func finish(_ open: Open, closeMark: Int?, balanced: Bool) -> QuotedPassage {
    let pieces = open.pieces.map(trimmed).filter { !$0.isEmpty }
    let end = closeMark.map { $0 + markWidth($0) } ?? (pieces.last?.end ?? open.contentStart)
    return QuotedPassage(
      number: open.number, pieces: pieces, outer: Span(open.mark, max(end, open.mark)), parent: nil,
      balanced: balanced)
  }

  /// `span` without surrounding white space, nor the comma that only joins the quote to its
  /// attribution ("‘normal track,’ Xi said").
  private func trimmed(_ span: Span) -> Span {
    var trimmed = scalars.trimmed(span)
    while trimmed.end > trimmed.start, scalars[trimmed.end - 1] == "," {
      trimmed = scalars.trimmed(Span(trimmed.start, trimmed.end - 1))
    }
    return trimmed
  }

  /// Where a quote closed by a stray closing mark most likely opened: the paragraph start or
  /// the end of the last quote, when the words before the mark end like a quoted sentence.
  private func guessedStart(before close: Int, from start: Int) -> Int? {
    guard close > start, ".!?,".unicodeScalars.contains(scalars[close - 1]) else { return nil }
    return start
  }

  /// True when the apostrophe at `index` follows another: the second of two written for a
  /// double quotation mark (''…'').
  private func isSecondOfPair(_ index: Int) -> Bool {
    index > 0 && index < scalars.count && scalars[index] == "'" && scalars[index - 1] == "'"
  }

  /// How many scalars the closing mark at `index` spans: two for the first of a closing pair of
  /// apostrophes that ends the run (''), else one.
  private func markWidth(_ index: Int) -> Int {
    guard index + 1 < scalars.count, scalars[index] == "'", scalars[index + 1] == "'" else { return 1 }
    return index + 2 < scalars.count && scalars[index + 2] == "'" ? 1 : 2
  }

  private func firstMark(in paragraph: Span) -> Int? {
    var index = paragraph.start
    while index < paragraph.end, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
    return index < paragraph.end ? index : nil
  }

  /// True for the characters that can open or close a quotation, in the major languages'
  /// conventions: English “…” ‘…’, German „…“ ‚…‘ and »…«, Polish „…”, French « … » ‹ … ›,
  /// Chinese and Japanese 「…」 『…』.
  static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "“", "„", "«", "‟", "”", "»", "\"", "‘", "‚", "‹", "’", "'", "›", "「", "」", "『", "』": return true
    default: return false
    }
  }

  /// The marks that close a quotation opened by each mark whose closing mark differs by
  /// language: „ closes with “ (German) or ” (Polish), » with « (German books), ‚ with ‘ or ’.
  static let closingMarks: [Unicode.Scalar: Set<Unicode.Scalar>] = [
    "„": ["“", "”"], "»": ["«"], "«": ["»"], "‚": ["‘", "’"], "‹": ["›"], "›": ["‹"],
    "「": ["」"], "『": ["』"],
  ]

  /// What the mark at `index` does where quotations opened at `outer` (double) and `inner`
  /// (single) are still open: it closes them when it is their language's closing mark (the “
  /// after a German „ closes it), else as ``role(at:in:)`` judges it.
  func role(at index: Int, in paragraph: Span, outer: Int?, inner: Int?) -> Role {
    let scalar = scalars[index]
    if let inner, Self.closingMarks[scalars[inner]]?.contains(scalar) == true { return .closeSingle }
    if let outer, Self.closingMarks[scalars[outer]]?.contains(scalar) == true { return .closeDouble }
    if scalar == "\"", let free = freeStandingRole(at: index, in: paragraph, open: outer != nil) { return free }
    if scalar == "'", let free = freeStandingPairRole(at: index, in: paragraph, outer: outer) { return free }
    let role = role(at: index, in: paragraph)
    // »…« opens with the mark French closes with: » before a word, with no quotation open.
    if scalar == "»", outer == nil, index + 1 < paragraph.end, Tokenizer.isWordScalar(scalars[index + 1]) {
      return .openDouble
    }
    return role
  }

  /// What a straight double mark with a space on each side does next to a single mark, set off
  /// from it by the space as typesetters do: after a closing single mark it closes the open
  /// double quote ("… like, 'Oh, this is it,' " Lee said"), before an opening one it opens a
  /// double quote when none is open (" 'Oh, …). Nil for any other mark.
  private func freeStandingRole(at index: Int, in paragraph: Span, open: Bool) -> Role? {
    guard index - 2 >= paragraph.start, index + 2 < paragraph.end, ScalarClass.isWhitespace(scalars[index - 1]),
      ScalarClass.isWhitespace(scalars[index + 1])
    else { return nil }
    let before = scalars[index - 2]
    let after = scalars[index + 2]
    if open, before == "'" || before == "’" { return .closeDouble }
    if !open, after == "'" || after == "‘" { return .openDouble }
    return nil
  }

  /// The character at `position`, a space outside `paragraph`.
  private func scalar(_ position: Int, in paragraph: Span) -> Unicode.Scalar {
    position >= paragraph.start && position < paragraph.end ? scalars[position] : " "
  }

  /// What an apostrophe of a pair with a space (or the paragraph's edge) on each side does, as
  /// some archives write ''…'' ("cheap, '' said"): after punctuation or a closing single mark
  /// ("… 'the term,' '' she said"), its first closes a double quote opened by a pair; before a
  /// word and not after a number (an inch sign, "6 '' taller"), its second opens one when none
  /// is open. Nil for any other apostrophe.
  private func freeStandingPairRole(at index: Int, in paragraph: Span, outer: Int?) -> Role? {
    let first = scalar(index - 1, in: paragraph) == "'" ? index - 1 : index
    guard scalar(first + 1, in: paragraph) == "'", ScalarClass.isWhitespace(scalar(first - 1, in: paragraph)),
      ScalarClass.isWhitespace(scalar(first + 2, in: paragraph))
    else { return nil }
    // The characters on either side past the spaces.
    var before = first - 1
    while before > paragraph.start, ScalarClass.isWhitespace(scalar(before, in: paragraph)) { before -= 1 }
    var after = first + 2
    while after < paragraph.end, ScalarClass.isWhitespace(scalar(after, in: paragraph)) { after += 1 }
    if let outer {
      let closes = scalars[outer] == "'" && ".,!?;:'’".unicodeScalars.contains(scalar(before, in: paragraph))
      return closes && index == first ? .closeDouble : Role.none
    }
    let opens = Tokenizer.isWordScalar(scalar(after, in: paragraph)) && !ScalarClass.isDigit(scalar(before, in: paragraph))
    return opens && index == first + 1 ? .openDouble : Role.none
  }

  /// What an apostrophe of a pair does (''…'', as some archives and typewritten texts write
  /// double quotation marks): the pair opens after a space and before a word, closes after a
  /// word or punctuation and before a space or punctuation; the second of an opening pair and
  /// the first of a closing one stand for it, so the quoted words lie between them. Three
  /// apostrophes are a pair and a single mark nested in it: after a word they close the single
  /// quote, then the double one ("…,''' he said"); after a space they open both.
  private func pairRole(at index: Int, in paragraph: Span) -> Role {
    var first = index
    while scalar(first - 1, in: paragraph) == "'" { first -= 1 }
    var end = index + 1
    while scalar(end, in: paragraph) == "'" { end += 1 }
    let before = scalar(first - 1, in: paragraph)
    let after = scalar(end, in: paragraph)
    let opens = ScalarClass.isWhitespace(before) || Self.openingPunctuation.contains(before)
    let closes = ScalarClass.isWhitespace(after) || Self.closingPunctuation.contains(after)
    switch (end - first, index - first) {
    case (2, 1) where opens && !closes, (3, 1) where opens && !closes: return .openDouble
    case (3, 2) where opens && !closes: return .openSingle
    case (2, 0) where !opens && closes, (3, 1) where !opens && closes: return .closeDouble
    case (3, 0) where !opens && closes: return .closeSingle
    default: return .none
    }
  }

  /// What the mark at `index` does, judged by the marks' shapes and the characters around it.
  func role(at index: Int, in paragraph: Span) -> Role {
    let scalar = scalars[index]
    switch scalar {
    case "“", "„", "«", "‟", "「": return .openDouble
    case "”", "»", "」": return .closeDouble
    case "『": return .openSingle
    case "』": return .closeSingle
    default: break
    }
    let before: Unicode.Scalar = index > paragraph.start ? scalars[index - 1] : " "
    let after: Unicode.Scalar = index + 1 < paragraph.end ? scalars[index + 1] : " "
    let spaceBefore = ScalarClass.isWhitespace(before) || Self.openingPunctuation.contains(before)
    let spaceAfter = ScalarClass.isWhitespace(after) || Self.closingPunctuation.contains(after)
    if scalar == "'", before == "'" || after == "'" { return pairRole(at: index, in: paragraph) }
    switch scalar {
    case "“", "„", "«", "‟": return .openDouble
    case "”", "»": return .closeDouble
    case "\"":
      if spaceBefore, !spaceAfter { return .openDouble }
      if !spaceBefore { return .closeDouble }
      return .none
    case "‘", "‚", "‹": return spaceAfter ? .none : .openSingle
    case "’", "'", "›":
      let letterBefore = Tokenizer.isWordScalar(before)
      let letterAfter = Tokenizer.isWordScalar(after)
      if letterAfter { return scalar == "'" && spaceBefore ? .openSingle : .none }
      if spaceBefore { return .none }
      return letterBefore || ".,!?…)".unicodeScalars.contains(before) ? .closeSingle : .none
    default: return .none
    }
  }
}
