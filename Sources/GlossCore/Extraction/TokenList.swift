/// The tokens of an article, 12 bytes each: where a token starts, the number of its spelling
/// in the ``Vocabulary``, its kind and whether space comes before it. Reading a position gives a
/// whole ``Token``; `text` and `lower` give its spelling.
struct TokenList: RandomAccessCollection, Sendable {
  private struct Record: Sendable {
    let start: Int32
    let form: Int32
    let kind: Token.Kind
    let spaceBefore: Bool
  }

  private var records: [Record] = []
  private var vocabulary = Vocabulary()

  var startIndex: Int { 0 }
  var endIndex: Int { records.count }
  var indices: Range<Int> { 0..<records.count }

  @inline(__always) subscript(position: Int) -> Token {
    let record = records[position]
    let spelling = Int(record.form)
    let form = vocabulary.forms[spelling]
    let start = Int(record.start)
    return Token(
      span: Span(start, start + Int(form.length)), kind: record.kind, spaceBefore: record.spaceBefore,
      classes: vocabulary.classes[Int(form.entry)], form: form, spelling: spelling)
  }

  /// The token's spelling as the article writes it.
  func text(of token: Token) -> String { vocabulary.texts[token.spelling] }
  /// The token's spelling in lower case.
  func lower(of token: Token) -> String { vocabulary.lowers[token.spelling] }
  /// The spelling of the token at `position`.
  func text(_ position: Int) -> String { vocabulary.texts[Int(records[position].form)] }
  /// The lower-case spelling of the token at `position`.
  func lower(_ position: Int) -> String { vocabulary.lowers[Int(records[position].form)] }

  /// The number of distinct spellings.
  var spellingCount: Int { vocabulary.forms.count }

  /// The spelling numbered `spelling` (see ``Token/spelling``) as written and in lower case, its
  /// form and the classes of its lower-case spelling.
  func spelling(_ spelling: Int) -> (text: String, lower: String, form: WordForm, classes: WordClass) {
    let form = vocabulary.forms[spelling]
    return (vocabulary.texts[spelling], vocabulary.lowers[spelling], form, vocabulary.classes[Int(form.entry)])
  }

  mutating func reserveCapacity(_ count: Int) {
    records.reserveCapacity(count)
    vocabulary.reserveCapacity(count)
  }

  /// Adds the token spelled by `span` of `scalars`.
  mutating func append(_ scalars: ScalarText, _ span: Span, kind: Token.Kind, spaceBefore: Bool) {
    let form = vocabulary.form(scalars, span)
    records.append(Record(start: Int32(span.start), form: Int32(form), kind: kind, spaceBefore: spaceBefore))
  }

  /// Adds the tokens of `other`, cut from the same `scalars` after these: each of its spellings
  /// is looked up here (and added, if new) once, in the order it first occurs, so the spellings
  /// are numbered as if its tokens had been added one by one.
  mutating func append(contentsOf other: TokenList, from scalars: ScalarText) {
    let forms = (0..<other.spellingCount).map { vocabulary.form(scalars, other.vocabulary.firstSpan(of: $0)) }
    records.reserveCapacity(records.count + other.records.count)
    for record in other.records {
      records.append(Record(start: record.start, form: Int32(forms[Int(record.form)]), kind: record.kind, spaceBefore: record.spaceBefore))
    }
  }

  /// Adds `wordClass` to the classes of the lower-case spelling of the token at `position`.
  mutating func insert(_ wordClass: WordClass, atWordOf position: Int) {
    let entry = Int(vocabulary.forms[Int(records[position].form)].entry)
    vocabulary.classes[entry].insert(wordClass)
  }
}
