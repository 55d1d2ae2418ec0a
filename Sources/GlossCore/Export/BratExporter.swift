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

  /// Numbers annotations and remembers which span already has a `T` line.
  struct Numbering {
    var textBounds: [String] = []
    var attributes: [String] = []
    var relations: [String] = []
    var equivalences: [String] = []
    var notes: [String] = []
    var noted = Set<String>()
    var bySpan: [Span: String] = [:]

    /// Every line, `T` lines first so each reference follows what it refers to.
    var lines: [String] { textBounds + attributes + relations + equivalences + notes }

    /// Adds a `T` line and returns its id.
    mutating func textBound(_ label: String, _ pieces: [Span], in article: Article) -> String {
      let id = "T\(textBounds.count + 1)"
      let offsets = pieces.map { "\($0.start) \($0.end)" }.joined(separator: ";")
      let covered = pieces.map { VisibleText.spaced(article.string($0)) }.joined(separator: " ")
      textBounds.append("\(id)\t\(label) \(offsets)\t\(covered)")
      return id
    }

    /// The id of the `T` line over `span`, adding one labelled `label` when there is none.
    mutating func mention(_ label: String, _ span: Span, in article: Article) -> String {
      if let id = bySpan[span] { return id }
      let id = textBound(label, [span], in: article)
      bySpan[span] = id
      return id
    }

    mutating func relation(_ type: String, _ first: String, _ second: String) {
      relations.append("R\(relations.count + 1)\t\(type) Arg1:\(first) Arg2:\(second)")
    }

    /// Notes `name` on the speaker mention `id` when it is not the mention's text.
    mutating func speakerName(_ name: String, _ id: String, _ span: Span, in article: Article) {
      let text = VisibleText.line(name)
      guard text != VisibleText.spaced(article.string(span)), noted.insert(id).inserted else {
        return
      }
      notes.append("#\(notes.count + 1)\tAnnotatorNotes \(id)\t\(text)")
    }

    mutating func attribute(_ name: String, _ target: String, _ value: String) {
      attributes.append("A\(attributes.count + 1)\t\(name) \(target) \(value)")
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
    var numbering = Numbering()
    for entity in document.annotations.entities {
      var ids: [String] = []
      var seen = Set<String>()
      for mention in entity.mentions {
        let id = numbering.mention(Self.label(entity.type), mention, in: article)
        if seen.insert(id).inserted { ids.append(id) }
      }
      if ids.count > 1 { numbering.equivalences.append("*\tEquiv " + ids.joined(separator: " ")) }
    }
    for quote in document.annotations.quotes {
      let id = numbering.textBound("Quote", quote.pieces, in: article)
      numbering.attribute("Kind", id, quote.kind.rawValue)
      if let speaker = quote.speaker {
        let mention = numbering.mention("Speaker", speaker.span, in: article)
        numbering.relation("Source", id, mention)
        numbering.speakerName(speaker.name, mention, speaker.span, in: article)
      }
      if let cue = quote.cue {
        numbering.relation("Cue", id, numbering.mention("Cue", cue.span, in: article))
      }
    }
    for line in numbering.lines {
      output.write(line)
      output.write("\n")
      output.endPiece()
    }
  }
}
