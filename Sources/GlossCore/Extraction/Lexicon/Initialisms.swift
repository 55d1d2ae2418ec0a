/// Initialisms that are common nouns, as "chief executive" is: "CEO", "GDP", "NGO", "PAC"
/// (political action committee). Those WordNet writes in capitals whose commonest sense has its
/// other words in lower case (see NOTICE), of three to six letters: a data file read on first
/// use. Alone, one names only what the article describes by it ("the PAC said"), and after a
/// word in lower case before a name it is no part of the name ("a super PAC Harbor Action").
enum Initialisms {
  private static let table = LexiconTable(resource: "initialisms.txt")

  /// True when the word at `index` of `tokens` is such an initialism written in capitals.
  static func isCommonNoun(_ index: Int, of tokens: TokenList) -> Bool {
    tokens[index].isAllCaps && table.contains(tokens.lower(index))
  }

  /// True when the token at `index` is a common word: written in lower case, or such an
  /// initialism ("a super PAC", "the startup Belvio").
  static func isCommonWord(_ index: Int, of tokens: TokenList) -> Bool {
    tokens[index].isWord && (!tokens[index].isCapitalized || isCommonNoun(index, of: tokens))
  }
}
