/// Given names and family names that tell a person's name from other capitalised words.
enum PersonNames {
  /// A person's likely sex, from how often a given name is a man's or a woman's.
  enum Sex: Sendable {
    case male, female

    var opposite: Sex { self == .male ? .female : .male }
  }

  /// Given names with the sex they mostly name (US Census and Faker's lists of many countries,
  /// see NOTICE): a data file read on first use.
  static let givenTable = LexiconTable(resource: "given-names.tsv")
  /// Family names (US Census and Faker's lists), without English words ("Brown", "Young").
  static let familyTable = LexiconTable(resource: "family-names.txt")

  /// True when the lower-case `word` is a given name.
  static func isGiven(_ word: String) -> Bool { givenTable.contains(word) }

  /// True when the lower-case `word` is a family name that is not also an English word.
  static func isFamily(_ word: String) -> Bool { familyTable.contains(word) }

  /// The sex the lower-case given name `word` mostly names; nil when unknown or either.
  static func sex(ofGiven word: String) -> Sex? {
    switch givenTable.value(word) {
    case "m": .male
    case "f": .female
    default: nil
    }
  }

  /// Family names common in East Asia, written first ("Xi Jinping", "Moon Jae-in").
  static let eastAsianFamily: Set<String> = WordList.words(
    """
    an bae cha chan chang chen cheng cheung cho choi chong chow chu chung deng fan fang feng fu
    gao guo han he ho hong hu huang hui hwang jang jeon jeong jiang jin jo ju jung kang kim ko
    koh kong ku kwak kwok kwon lai lam lau lee leung li liang lim lin liu lo lu luo ma mak mo
    moon na ng oh pan park peng qian ryu seo shen shim shin shiu song suh sun tam tan tang tian
    tien to tong tsai tse wan wang wei wen wong woo wu xi xia xie xu yan yang yau ye yeung yi yim
    yin yiu yoo yoon yu yuan yun yung zeng zhang zhao zheng zhou zhu
    """)
}
