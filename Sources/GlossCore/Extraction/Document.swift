/// An article prepared for the extractors: its tokens, and which paragraph and sentence each
/// token belongs to.
///
/// The headline is treated as a paragraph of its own (index `headlineParagraph`) when the
/// article's paragraphs do not already cover it.
struct Document: Sendable {
  let article: Article
  let tokens: [Token]
  /// For each token, the index of its block in `blocks`.
  let blockOfToken: CompactIndex
  /// For each token, the index of its sentence in `sentences`.
  let sentenceOfToken: CompactIndex
  /// Token index ranges of each sentence, in text order.
  let sentences: [Range<Int>]
  /// The blocks (headline and paragraphs) in text order, with their token ranges.
  let blocks: [Block]

  /// A headline or paragraph with the range of its tokens.
  struct Block: Sendable {
    let span: Span
    let tokens: Range<Int>
    let isHeadline: Bool
    let isBoilerplate: Bool
    /// True when most words are capitalised in a short or unpunctuated block (headlines,
    /// captions, section titles): names are only recognised there when the body names them too.
    let isTitleCase: Bool
    /// The paragraph's index in `article.paragraphs`, nil for a headline outside them.
    let paragraphIndex: Int?
  }

  init(article: Article) {
    self.article = article
    var tokens: [Token] = []
    var blockOfToken = CompactIndex()
    var sentenceOfToken = CompactIndex()
    let expected = article.length / 5
    tokens.reserveCapacity(expected)
    blockOfToken.reserveCapacity(expected)
    sentenceOfToken.reserveCapacity(expected)
    var sentences: [Range<Int>] = []
    var blocks: [Block] = []
    var units: [(span: Span, sentences: [Span], headline: Bool, boilerplate: Bool, index: Int?)] = []
    if let headline = article.headline, !article.paragraphs.contains(where: { $0.span.overlaps(headline) }) {
      units.append((headline, [headline], true, false, nil))
    }
    for (index, paragraph) in article.paragraphs.enumerated() {
      let isHeadline = article.headline.map { paragraph.span.overlaps($0) } ?? false
      let spans =
        paragraph.sentences.isEmpty
        ? SentenceSplitter.sentences(in: article.scalars, span: paragraph.span) : paragraph.sentences
      units.append((paragraph.span, spans, isHeadline, paragraph.isBoilerplate, index))
    }
    for unit in units {
      let blockStart = tokens.count
      Tokenizer.append(article.scalars, span: unit.span, to: &tokens)
      var sentenceIndex = 0
      var sentenceStart = blockStart
      var words = 0
      var capitalised = 0
      for index in blockStart..<tokens.count {
        while sentenceIndex + 1 < unit.sentences.count, tokens[index].span.start >= unit.sentences[sentenceIndex].end {
          if index > sentenceStart { sentences.append(sentenceStart..<index) }
          sentenceStart = index
          sentenceIndex += 1
        }
        blockOfToken.append(blocks.count)
        sentenceOfToken.append(sentences.count)
        if tokens[index].isWord {
          words += 1
          if tokens[index].isCapitalized { capitalised += 1 }
        }
      }
      if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
      let endsSentence = tokens.count > blockStart && [".", "!", "?", "”", "\""].contains(tokens[tokens.count - 1].text)
      blocks.append(
        Block(
          span: unit.span, tokens: blockStart..<tokens.count, isHeadline: unit.headline,
          isBoilerplate: unit.boilerplate,
          isTitleCase: unit.headline || (words >= 2 && capitalised * 10 >= words * 6 && (words <= 12 || !endsSentence)),
          paragraphIndex: unit.index))
    }
    let initial = tokens.indices.map { Self.isClauseInitial($0, tokens, sentences[sentenceOfToken[$0]]) }
    WordClass.assign(to: &tokens) { initial[$0] }
    self.tokens = tokens
    self.blockOfToken = blockOfToken
    self.sentenceOfToken = sentenceOfToken
    self.sentences = sentences
    self.blocks = blocks
  }

  /// The index of the first token starting at or after `offset`.
  func tokenIndex(atOrAfter offset: Int) -> Int {
    tokens.partitionIndex { $0.span.start < offset }
  }

  /// The text of tokens `range`, joined as in the article.
  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, let last = range.last else { return "" }
    return article.string(Span(tokens[first].span.start, tokens[last].span.end))
  }

  /// True when token `index` starts a sentence or a clause: it comes first in its sentence, or
  /// right after a bracket, colon, dash or quotation mark.
  func isClauseInitial(_ index: Int) -> Bool {
    Self.isClauseInitial(index, tokens, sentences[sentenceOfToken[index]])
  }

  private static func isClauseInitial(_ index: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
    if index == sentence.lowerBound { return true }
    let previous = tokens[index - 1]
    return previous.isPunctuation && previous.text != "," && previous.text != "&"
  }
}
