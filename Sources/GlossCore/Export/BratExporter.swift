/// Exports an annotated article as a brat standoff `.ann` file, to open beside the article's
/// text in brat or read with brat-compatible tools.
///
/// - `T` lines: entity mentions (`Person`, `Organization`, `Place`, `Other`), quotes (`Quote`,
///   discontinuous `start end;start end` for a quote over several paragraphs), speaker mentions
///   that are not already an entity mention (`Speaker`) and reporting cues (`Cue`).
/// - `A` lines: each quote's kind (`Kind T… direct`).
/// - `R` lines: `Source Arg1:<quote> Arg2:<speaker mention>` and `Cue Arg1:<quote> Arg2:<cue>`.
/// - `*` lines: `Equiv` groups the mentions of one entity.
/// - `#` lines: `AnnotatorNotes` on a speaker mention whose resolved name is not its text (the
///   name "Tong Zhao" of a mention "he"), so `BratReader` gives the quote the same speaker.
///
/// Offsets are code points, end exclusive. The text after the last tab is the covered text
/// (fragments joined by a space) with control characters, line breaks included, as spaces.
public struct BratExporter: ArticleExporter {
  public init() {}

  /// Numbers annotations, writes each `T` line to the output as it is made, and keeps the
  /// other lines, which must follow every `T` line, as bytes until the end.
  struct Numbering {
    var textBounds = 0
    var attributes: [UInt8] = [], attributeCount = 0
    var relations: [UInt8] = [], relationCount = 0
    var equivalences: [UInt8] = []
    var notes: [UInt8] = [], noteCount = 0
    /// The `T` lines with a speaker note.
    var noted = Set<Int>()
    /// The number of the `T` line over each span that has one, by ``key(_:)``: two million
    /// mentions in a 100 MB article, so kept in 12 bytes an entry.
    var bySpan: [UInt64: Int32] = [:]

    /// Room for the spans of `annotations`, so the table is never copied to grow.
    init(for annotations: Annotations) {
      bySpan.reserveCapacity(annotations.entities.reduce(0) { $0 + $1.mentions.count } + 2 * annotations.quotes.count)
    }

    /// A span as one number: its start in the high 32 bits, its end in the low ones.
    static func key(_ span: Span) -> UInt64 { UInt64(span.start) << 32 | UInt64(UInt32(truncatingIfNeeded: span.end)) }

    /// Adds a `T` line to `output` and returns its number. Written as bytes, without a string
    /// for the line or its covered text: a long article has millions of these lines.
    mutating func textBound(_ label: String, _ pieces: [Span], in article: Article, to output: inout OutputBuffer) -> Int {
      textBounds += 1
      output.bytes.append(UInt8(ascii: "T"))
      JSONWriter.writeInt(textBounds, into: &output.bytes)
      output.bytes.append(UInt8(ascii: "\t"))
      output.write(label)
      output.bytes.append(UInt8(ascii: " "))
      for (number, piece) in pieces.enumerated() {
        if number > 0 { output.bytes.append(UInt8(ascii: ";")) }
        JSONWriter.writeInt(piece.start, into: &output.bytes)
        output.bytes.append(UInt8(ascii: " "))
        JSONWriter.writeInt(piece.end, into: &output.bytes)
      }
      output.bytes.append(UInt8(ascii: "\t"))
      for (number, piece) in pieces.enumerated() {
        if number > 0 { output.bytes.append(UInt8(ascii: " ")) }
        VisibleText.appendSpaced(article.scalars, piece.start..<piece.end, to: &output.bytes)
      }
      output.bytes.append(UInt8(ascii: "\n"))
      output.endPiece()
      return textBounds
    }

    /// The number of the `T` line over `span`, adding one labelled `label` when there is none.
    mutating func mention(_ label: String, _ span: Span, in article: Article, to output: inout OutputBuffer) -> Int {
      if let number = bySpan[Self.key(span)] { return Int(number) }
      let number = textBound(label, [span], in: article, to: &output)
      bySpan[Self.key(span)] = Int32(number)
      return number
    }

    mutating func relation(_ type: String, _ quote: Int, _ other: Int) {
      relationCount += 1
      Self.append("R\(relationCount)\t\(type) Arg1:T\(quote) Arg2:T\(other)", to: &relations)
    }

    /// Notes `name` on the speaker mention `number` when it is not the mention's text.
    mutating func speakerName(_ name: String, _ number: Int, _ span: Span, in article: Article) {
      let text = VisibleText.line(name)
      guard text != VisibleText.spaced(article.string(span)), noted.insert(number).inserted else {
        return
      }
      noteCount += 1
      Self.append("#\(noteCount)\tAnnotatorNotes T\(number)\t\(text)", to: &notes)
    }

    mutating func attribute(_ name: String, _ target: Int, _ value: String) {
      attributeCount += 1
      Self.append("A\(attributeCount)\t\(name) T\(target) \(value)", to: &attributes)
    }

    /// Adds an `Equiv` line of the `T` lines `numbers`, as bytes: one entity of a long article
    /// has thousands of mentions.
    mutating func equivalence(_ numbers: [Int]) {
      equivalences.append(contentsOf: "*\tEquiv".utf8)
      for number in numbers {
        equivalences.append(contentsOf: " T".utf8)
        JSONWriter.writeInt(number, into: &equivalences)
      }
      equivalences.append(UInt8(ascii: "\n"))
    }

    /// Writes the lines kept back, after every `T` line.
    func finish(to output: inout OutputBuffer) {
      for lines in [attributes, relations, equivalences, notes] {
        output.write(bytes: lines)
        output.endPiece()
      }
    }

    private static func append(_ line: String, to lines: inout [UInt8]) {
      lines.append(contentsOf: line.utf8)
      lines.append(UInt8(ascii: "\n"))
    }
  }

  /// The brat label of an entity type.
  static func label(_ type: EntityType) -> String {
    switch type {
    case .person: return "Person"
    case .organization: return "Organization"
    case .place: return "Place"
    case .other: return "Other"
    }
  }

  public func write(_ document: AnnotatedArticle, to output: inout OutputBuffer) {
    let article = document.article
    var numbering = Numbering(for: document.annotations)
    for entity in document.annotations.entities {
      var numbers: [Int] = []
      var seen = Set<Int>()
      for mention in entity.mentions {
        let number = numbering.mention(Self.label(entity.type), mention, in: article, to: &output)
        if seen.insert(number).inserted { numbers.append(number) }
      }
      if numbers.count > 1 { numbering.equivalence(numbers) }
    }
    for quote in document.annotations.quotes {
      let number = numbering.textBound("Quote", quote.pieces, in: article, to: &output)
      numbering.attribute("Kind", number, quote.kind.rawValue)
      if let speaker = quote.speaker {
        let mention = numbering.mention("Speaker", speaker.span, in: article, to: &output)
        numbering.relation("Source", number, mention)
        numbering.speakerName(speaker.name, mention, speaker.span, in: article)
      }
      if let cue = quote.cue {
        numbering.relation("Cue", number, numbering.mention("Cue", cue.span, in: article, to: &output))
      }
    }
    numbering.finish(to: &output)
  }
}
