/// Which quoted passage each token stands in, and the words around a passage at its own level:
/// the text a reader looks at to see who said it.
struct QuoteContext {
  let document: Document
  let passages: [QuotedPassage]
  /// For each token, the number of the innermost passage it stands in (marks included).
  let passageOfToken: CompactIndex
  let passageByNumber: [Int: Int]

  init(document: Document, passages: [QuotedPassage]) {
    self.document = document
    self.passages = passages
    var owner = CompactIndex(repeating: nil, count: document.tokens.count)
    var byNumber: [Int: Int] = [:]
    for (index, passage) in passages.enumerated() { byNumber[passage.number] = index }
    // Outer passages first, so nested ones overwrite them.
    let depths = passages.map { Self.depth($0, byNumber, passages) }
    for index in passages.indices.sorted(by: { depths[$0] < depths[$1] }) {
      let passage = passages[index]
      var token = document.tokenIndex(atOrAfter: passage.outer.start)
      while token < document.tokens.count, document.tokens[token].span.start < passage.outer.end {
        owner[optional: token] = passage.number
        token += 1
      }
    }
    self.passageOfToken = owner
    self.passageByNumber = byNumber
  }

  /// The passage numbered `number`.
  func passage(_ number: Int) -> QuotedPassage { passages[passageByNumber[number]!] }

  /// The token index of the opening mark (or first word) of `passage`.
  func firstToken(_ passage: QuotedPassage) -> Int { document.tokenIndex(atOrAfter: passage.outer.start) }

  /// The index just past the last token of `passage`, closing mark included.
  func endToken(_ passage: QuotedPassage) -> Int { document.tokenIndex(atOrAfter: passage.outer.end) }

  /// How many tokens around a passage are looked at, however long its sentence: attribution
  /// stays near the quote, and the work per quote stays bounded.
  static let reach = 80

  /// Tokens of the sentence before `passage` that stand at the passage's own level.
  func before(_ passage: QuotedPassage) -> [Int] {
    let first = firstToken(passage)
    guard first < document.tokens.count else { return [] }
    let sentence = document.sentences[document.sentenceOfToken[first]]
    return (max(sentence.lowerBound, first - Self.reach)..<first).filter { passageOfToken[optional: $0] == passage.parent }
  }

  /// Tokens of the sentence after `passage` that stand at the passage's own level.
  func after(_ passage: QuotedPassage) -> [Int] {
    let end = endToken(passage)
    guard end > 0, end <= document.tokens.count else { return [] }
    let sentence = document.sentences[document.sentenceOfToken[end - 1]]
    guard end < sentence.upperBound else { return [] }
    return (end..<min(sentence.upperBound, end + Self.reach)).filter { passageOfToken[optional: $0] == passage.parent }
  }

  /// The words of the sentence right after `passage`, when the passage ends in a question or an
  /// exclamation that closes its own sentence (“Will it pass?” Ortiz asked.), or in a full stop
  /// before a short sentence with a verb of speech among its first words (“We will win.” Ortiz
  /// said.): where its speaker may stand. The stop may come before the closing mark of a
  /// quotation the passage ends with (“He asked, ‘Will it pass?’” Ortiz said.).
  func following(_ passage: QuotedPassage) -> [Int] {
    let end = endToken(passage)
    let scalars = document.article.scalars
    var last = passage.content.end - 1
    while last > passage.content.start, SentenceSplitter.isCloser(scalars[last]) { last -= 1 }
    let mark = last >= 0 ? scalars[last] : " "
    guard end > 0, end < document.tokens.count, "?!.".unicodeScalars.contains(mark) else { return [] }
    let sentence = document.sentenceOfToken[end - 1]
    guard document.sentenceOfToken[end] == sentence + 1, document.blockOfToken[end] == document.blockOfToken[end - 1]
    else { return [] }
    let next = document.sentences[sentence + 1]
    if mark == ".",
      next.upperBound - end > Self.shortAttribution
        || !(end..<min(next.upperBound, end + 6)).contains(where: { ReportingVerbs.strong.contains(document.tokens.lower($0)) })
    {
      return []
    }
    return (end..<min(next.upperBound, end + Self.reach)).filter { passageOfToken[optional: $0] == passage.parent }
  }

  /// The most tokens a sentence after a quote ending in a full stop may have to name its
  /// speaker ("Ana Ruiz, the mayor of Lund, said on Friday.").
  static let shortAttribution = 12

  private static func depth(_ passage: QuotedPassage, _ byNumber: [Int: Int], _ all: [QuotedPassage]) -> Int {
    var depth = 0
    var current = passage.parent
    while let number = current, let index = byNumber[number] {
      depth += 1
      current = all[index].parent
    }
    return depth
  }
}
