/// Builds a ``Document`` a few blocks at a time: the headline and paragraphs are cut into
/// tokens and sentences in text order, piece by piece, so that a long article can be prepared
/// with progress shown and stopped between pieces. The result does not depend on how the
/// blocks were grouped into pieces.
struct DocumentBuilder {
  /// A headline or paragraph still to be cut into tokens.
  struct Unit {
    let span: Span
    let isHeadline: Bool
    let isBoilerplate: Bool
    /// The paragraph's index in `article.paragraphs`, nil for a headline outside them.
    let paragraphIndex: Int?
  }

  let article: Article
  /// The blocks to cut, in text order: the headline first when no paragraph covers it.
  let units: [Unit]
  private var tokens = TokenList()
  private var blockOfToken = CompactIndex()
  private var sentenceOfToken = CompactIndex()
  private var sentences: [Range<Int>] = []
  private var blocks: [Document.Block] = []

  init(article: Article) {
    var units: [Unit] = []
    if let headline = article.headline, !article.paragraphs.contains(where: { $0.span.overlaps(headline) }) {
      units.append(Unit(span: headline, isHeadline: true, isBoilerplate: false, paragraphIndex: nil))
    }
    for (index, paragraph) in article.paragraphs.enumerated() {
      let isHeadline = article.headline.map { paragraph.span.overlaps($0) } ?? false
      units.append(
        Unit(span: paragraph.span, isHeadline: isHeadline, isBoilerplate: paragraph.isBoilerplate, paragraphIndex: index))
    }
    self.init(article: article, units: units, length: article.length)
  }

  /// A builder of `units` of `article`, with room for the tokens of about `length` scalars.
  private init(article: Article, units: [Unit], length: Int) {
    self.article = article
    self.units = units
    let expected = length / 5
    tokens.reserveCapacity(expected)
    blockOfToken.reserveCapacity(expected)
    sentenceOfToken.reserveCapacity(expected)
  }

  /// Cuts `units` (the next ones in order) into tokens and sentences. With more than one of
  /// `workers`, units of a long stretch of text (``ArticlePass/sideBySideLength``) are cut in as
  /// many runs, each by a builder of its own side by side, then joined in order, which gives the
  /// same tokens as cutting them one by one.
  mutating func append(units range: Range<Int>, workers: Int = 1) {
    precondition(range.lowerBound == blocks.count, "blocks are appended in text order")
    let length = range.isEmpty ? 0 : units[range.upperBound - 1].span.end - units[range.lowerBound].span.start
    guard workers > 1, length > ArticlePass.sideBySideLength else {
      for unit in units[range] { append(unit) }
      return
    }
    let (article, units) = (article, units)
    OrderedWork.run(count: workers, workers: workers) { part in
      let run = range.lowerBound + range.count * part / workers..<range.lowerBound + range.count * (part + 1) / workers
      var builder = DocumentBuilder(article: article, units: units, length: length / workers)
      for unit in units[run] { builder.append(unit) }
      return builder
    } deliver: { _, part in
      join(part)
    }
  }

  /// Appends what `part` cut from the units right after those cut here: its tokens (each of its
  /// spellings looked up here once), sentences and blocks, renumbered to follow these.
  private mutating func join(_ part: DocumentBuilder) {
    let (tokenBase, sentenceBase, blockBase) = (tokens.count, sentences.count, blocks.count)
    tokens.append(contentsOf: part.tokens, from: article.scalars)
    for index in 0..<part.blockOfToken.count {
      blockOfToken.append(part.blockOfToken[index] + blockBase)
      sentenceOfToken.append(part.sentenceOfToken[index] + sentenceBase)
    }
    sentences += part.sentences.map { $0.lowerBound + tokenBase..<$0.upperBound + tokenBase }
    blocks += part.blocks.map { block in
      Document.Block(
        span: block.span, tokens: block.tokens.lowerBound + tokenBase..<block.tokens.upperBound + tokenBase,
        isHeadline: block.isHeadline, isBoilerplate: block.isBoilerplate, isTitleCase: block.isTitleCase,
        paragraphIndex: block.paragraphIndex)
    }
  }

  /// The document made of every unit appended. The builder hands its tokens over and keeps
  /// none, so the document sets their word classes without copying them.
  mutating func finish() -> Document {
    let tokens = self.tokens
    self.tokens = TokenList()
    return Document(
      article: article, tokens: consume tokens, blockOfToken: blockOfToken, sentenceOfToken: sentenceOfToken,
      sentences: sentences, blocks: blocks)
  }

  private mutating func append(_ unit: Unit) {
    let sentenceSpans: [Span]
    if unit.isHeadline && unit.paragraphIndex == nil {
      sentenceSpans = [unit.span]
    } else if let index = unit.paragraphIndex, !article.paragraphs[index].sentences.isEmpty {
      sentenceSpans = article.paragraphs[index].sentences
    } else {
      sentenceSpans = SentenceSplitter.sentences(in: article.scalars, span: unit.span)
    }
    let blockStart = tokens.count
    Tokenizer.append(article.scalars, span: unit.span, to: &tokens)
    var sentenceIndex = 0
    var sentenceStart = blockStart
    var words = 0
    var capitalised = 0
    // A content word in lower case: a block closed by a full stop with one is a sentence, not a
    // heading, however many names it holds ("Dana Ruiz backed the Dune Act.").
    var lowerContentWords = 0
    var shouted = 0
    for index in blockStart..<tokens.count {
      let token = tokens[index]
      while sentenceIndex + 1 < sentenceSpans.count, token.span.start >= sentenceSpans[sentenceIndex].end {
        if index > sentenceStart { sentences.append(sentenceStart..<index) }
        sentenceStart = index
        sentenceIndex += 1
      }
      blockOfToken.append(blocks.count)
      sentenceOfToken.append(sentences.count)
      if token.isWord {
        words += 1
        if token.isAllCaps { shouted += 1 }
        // Days and months are capitalised in any sentence.
        if token.isCapitalized, !token.is(.calendar) {
          capitalised += 1
        } else if !token.isCapitalized, !token.is(.determiner), !token.is(.preposition), !token.is(.connector) {
          lowerContentWords += 1
        }
      }
    }
    if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
    // "FULL TEXT.", "CORRECTION APPENDED.": a short block all in capitals is a label, not prose.
    let isShouted = words >= 2 && words <= 12 && shouted == words
    let endsSentence = tokens.count > blockStart && [".", "!", "?", "”", "\""].contains(tokens.text(tokens.count - 1))
    // "Ana Lind.": a few capitalised words closed by a full stop sign a letter; no heading ends so.
    let isSignature = words <= 4 && tokens.count > blockStart && tokens.text(tokens.count - 1) == "."
    // A sentence's first word is capitalised whatever it is ("He met Ana Lind today.").
    if endsSentence, words > 2, let first = (blockStart..<tokens.count).first(where: { tokens[$0].isWord }),
      tokens[first].isCapitalized
    {
      words -= 1
      capitalised -= 1
    }
    blocks.append(
      Document.Block(
        span: unit.span, tokens: blockStart..<tokens.count, isHeadline: unit.isHeadline,
        isBoilerplate: unit.isBoilerplate,
        isTitleCase: unit.isHeadline || isShouted
          || (words >= 2 && capitalised * 10 >= words * 6 && (words <= 12 || !endsSentence) && !isSignature
            && !(endsSentence && lowerContentWords > 0)),
        paragraphIndex: unit.paragraphIndex))
  }
}
