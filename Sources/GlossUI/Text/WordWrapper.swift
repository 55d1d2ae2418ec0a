import GlossCore

/// Breaks a paragraph into screen lines of at most `width` columns, at spaces and around
/// East Asian wide characters, never inside a grapheme; a word longer than a line is cut at a
/// grapheme boundary. Each line is a span of the article's scalars, so anything anchored to
/// offsets (quotes, mentions, search matches) can be found on screen.
public struct WordWrapper: Sendable {
  public var width: Int

  public init(width: Int) { self.width = max(width, 1) }

  /// Closing punctuation that must not begin a line (a small kinsoku rule).
  static let noBreakBefore: Set<Unicode.Scalar> = ["、", "。", "，", "．", "！", "？", "」", "』", "）", "：", "；"]

  /// One grapheme of the paragraph: where it starts, its columns, and how it may break.
  struct Grapheme {
    var start: Int
    var columns: Int
    var isSpace: Bool
    var isWide: Bool
    /// The grapheme's first scalar.
    var first: Unicode.Scalar
  }

  /// The lines of `span` in `scalars`, trailing and leading spaces of each line left out.
  public func lines(of span: Span, in scalars: ScalarText) -> [Span] {
    if scalars[span.start..<span.end].allSatisfy(Self.isSimple) {
      return lines(of: SimpleGraphemes(scalars: scalars, span: span), end: span.end)
    }
    return lines(measuringClustersOf: span, in: scalars)
  }

  /// The lines of `span` measured grapheme cluster by grapheme cluster: what `lines(of:in:)`
  /// does for text that is not all simple scalars, and must give for text that is.
  func lines(measuringClustersOf span: Span, in scalars: ScalarText) -> [Span] {
    lines(of: Self.clusters(of: span, in: scalars), end: span.end)
  }

  /// The lines of a paragraph made of `graphemes`, which ends at offset `end`.
  private func lines<Graphemes: RandomAccessCollection<Grapheme>>(of graphemes: Graphemes, end: Int) -> [Span]
  where Graphemes.Index == Int {
    var lines: [Span] = []
    func offset(_ index: Int) -> Int { index < graphemes.count ? graphemes[index].start : end }
    var index = graphemes.firstIndex { !$0.isSpace } ?? graphemes.count
    var lineStart = index
    var lineWidth = 0
    var lastBreak: (end: Int, next: Int)?
    while index < graphemes.count {
      let grapheme = graphemes[index]
      if grapheme.isSpace {
        var next = index
        while next < graphemes.count, graphemes[next].isSpace { next += 1 }
        if next == graphemes.count { break }
        lastBreak = (index, next)
        lineWidth += graphemes[index..<next].reduce(0) { $0 + $1.columns }
        index = next
        continue
      }
      if index > lineStart, grapheme.isWide || graphemes[index - 1].isWide, !graphemes[index - 1].isSpace,
        !Self.noBreakBefore.contains(grapheme.first)
      {
        lastBreak = (index, index)
      }
      if lineWidth + grapheme.columns > width, index > lineStart {
        let cut = lastBreak ?? (end: index, next: index)
        lines.append(Span(offset(lineStart), offset(cut.end)))
        index = cut.next
        lineStart = index
        lineWidth = 0
        lastBreak = nil
        continue
      }
      lineWidth += grapheme.columns
      index += 1
    }
    if lineStart < graphemes.count {
      var last = min(index, graphemes.count)
      while last > lineStart, graphemes[last - 1].isSpace { last -= 1 }
      if last > lineStart { lines.append(Span(offset(lineStart), offset(last))) }
    }
    return lines
  }

  /// True for a scalar that is a grapheme of one column on its own, whatever follows it (as long
  /// as that is simple too): printable ASCII, Latin-1 and Latin Extended letters, and the
  /// general punctuation news text is full of (dashes, curly quotes, ellipses; none of these
  /// ranges holds a combining, zero-width, wide or emoji-presentation character). A paragraph of
  /// only these is measured without grapheme breaking, which is most of the cost of wrapping.
  static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E: true
    default: false
    }
  }

  /// The graphemes of `span` found by Swift's grapheme breaking, for text with combining marks,
  /// wide characters, emoji or controls.
  private static func clusters(of span: Span, in scalars: ScalarText) -> [Grapheme] {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<span.end])
    var graphemes: [Grapheme] = []
    var offset = span.start
    for character in String(view) {
      let isSpace = character.isWhitespace
      let columns = isSpace ? 1 : DisplayWidth.of(Sanitizer.visible(character))
      graphemes.append(
        Grapheme(
          start: offset, columns: columns, isSpace: isSpace, isWide: columns == 2,
          first: character.unicodeScalars.first!))
      offset += character.unicodeScalars.count
    }
    return graphemes
  }

  /// The graphemes of a paragraph of simple scalars (see ``isSimple(_:)``): one per scalar, one
  /// column each, made when read rather than stored.
  private struct SimpleGraphemes: RandomAccessCollection {
    /// The article's scalars.
    let scalars: ScalarText
    /// The paragraph.
    let span: Span

    var startIndex: Int { 0 }
    var endIndex: Int { span.length }

    subscript(position: Int) -> Grapheme {
      let start = span.start
      let scalar = scalars[start + position]
      // The only white space among simple scalars: the space and the no-break space.
      let isSpace = scalar == " " || scalar == "\u{A0}"
      return Grapheme(start: start + position, columns: 1, isSpace: isSpace, isWide: false, first: scalar)
    }
  }
}
