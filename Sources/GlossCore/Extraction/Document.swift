/// An article prepared for the extractors: its tokens, and which paragraph and sentence each
/// token belongs to. ``DocumentBuilder`` makes it.
///
/// The headline is treated as a paragraph of its own (index `headlineParagraph`) when the
/// article's paragraphs do not already cover it.
struct Document: Sendable {
  let article: Article
  let tokens: TokenList
  /// For each token, the index of its block in `blocks`.
  let blockOfToken: CompactIndex
  /// For each token, the index of its sentence in `sentences`.
  let sentenceOfToken: CompactIndex
  /// Token index ranges of each sentence, in text order.
  let sentences: [Range<Int>]
  /// The blocks (headline and paragraphs) in text order, with their token ranges.
  let blocks: [Block]
  /// What the lexicons say of the spellings that can stand in names.
  let names: NameSpellings

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

  /// A document from the parts ``DocumentBuilder`` made; the word classes are set here, since
  /// they depend on every token of the article.
  init(
    article: Article, tokens: consuming TokenList, blockOfToken: CompactIndex, sentenceOfToken: CompactIndex,
    sentences: [Range<Int>], blocks: [Block]
  ) {
    WordClass.assign(to: &tokens) { [tokens] in Self.isClauseInitial($0, tokens, sentences[sentenceOfToken[$0]]) }
    self.article = article
    self.tokens = tokens
    self.blockOfToken = blockOfToken
    self.sentenceOfToken = sentenceOfToken
    self.sentences = sentences
    self.blocks = blocks
    names = NameSpellings(tokens)
  }

  /// The index of the first token starting at or after `offset`.
  func tokenIndex(atOrAfter offset: Int) -> Int {
    tokens.partitionIndex { $0.span.start < offset }
  }

  /// The text of tokens `range`, joined as in the article (a single token's is its spelling,
  /// already made).
  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, let last = range.last else { return "" }
    if first == last { return tokens.text(first) }
    return article.string(Span(tokens[first].span.start, tokens[last].span.end))
  }

  /// True when token `index` starts a sentence or a clause: it comes first in its sentence, or
  /// right after a bracket, colon, dash or quotation mark.
  func isClauseInitial(_ index: Int) -> Bool {
    Self.isClauseInitial(index, tokens, sentences[sentenceOfToken[index]])
  }

  private static func isClauseInitial(_ index: Int, _ tokens: TokenList, _ sentence: Range<Int>) -> Bool {
    if index == sentence.lowerBound { return true }
    let previous = tokens[index - 1]
    return previous.isPunctuation && tokens.text(of: previous) != "," && tokens.text(of: previous) != "&"
  }
}
