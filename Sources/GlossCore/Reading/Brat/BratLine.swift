/// One line of a brat `.ann` file, parsed into the parts `BratReader` uses.
///
/// Lines of kinds the reader does not use (events, normalisations, other notes, anything
/// unknown) are `.skipped`; a line of a used kind that cannot be read throws a `BratLineError`.
enum BratLine: Equatable {
  /// `T1<TAB>Label start end;start end<TAB>text`: a labelled span, in one or more pieces.
  case textBound(id: String, label: String, pieces: [Span])
  /// `A1<TAB>Name T1 value` (or `M1`): an attribute of a text-bound; nil value for a flag.
  case attribute(name: String, target: String, value: String?)
  /// `R1<TAB>Type Arg1:T1 Arg2:T2`: a relation between two text-bounds.
  case relation(type: String, first: String, second: String)
  /// `*<TAB>Equiv T1 T2 …`: text-bounds that name one thing.
  case equivalence([String])
  /// `#1<TAB>AnnotatorNotes T1<TAB>note`: a note on a text-bound.
  case note(target: String, text: String)
  /// A line the reader does not use.
  case skipped

  /// Parses `line`; offsets must lie within a text of `length` scalars.
  init(_ line: Substring, length: Int) throws(BratLineError) {
    let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
    guard let kind = line.first, fields.count >= 2 else {
      if line.allSatisfy(\.isWhitespace) {
        self = .skipped
        return
      }
      throw BratLineError("has no tab after its id")
    }
    let words = fields[1].split(separator: " ").map(String.init)
    switch kind {
    case "T":
      let label = fields[1].prefix { $0 != " " }
      let pieces = try Self.pieces(fields[1].dropFirst(label.count), length: length)
      self = .textBound(id: String(fields[0]), label: String(label), pieces: pieces)
    case "A", "M":
      guard words.count == 2 || words.count == 3 else {
        throw BratLineError("is not `NAME TARGET [VALUE]`")
      }
      self = .attribute(name: words[0], target: words[1], value: words.count == 3 ? words[2] : nil)
    case "R":
      let arguments = words.dropFirst().map { $0.split(separator: ":", maxSplits: 1) }
      guard words.count == 3, arguments.allSatisfy({ $0.count == 2 }) else {
        throw BratLineError("is not `TYPE Arg1:ID Arg2:ID`")
      }
      self = .relation(
        type: words[0], first: String(arguments[0][1]), second: String(arguments[1][1]))
    case "*":
      self = words.first == "Equiv" ? .equivalence(Array(words.dropFirst())) : .skipped
    case "#":
      guard words.first == "AnnotatorNotes", words.count == 2, fields.count == 3 else {
        self = .skipped
        return
      }
      self = .note(target: words[1], text: String(fields[2]))
    default:
      self = .skipped
    }
  }

  /// The pieces of ` start end;start end`, each checked against the text's length.
  private static func pieces(_ offsets: Substring, length: Int) throws(BratLineError) -> [Span] {
    var pieces: [Span] = []
    for piece in offsets.split(separator: ";") {
      let bounds = piece.split(separator: " ").map { Int($0) }
      guard bounds.count == 2, let start = bounds[0], let end = bounds[1], start <= end else {
        throw BratLineError("has offsets that are not `start end;start end`")
      }
      guard start >= 0, end <= length else {
        throw BratLineError("has offsets \(start) \(end) outside the text (\(length) characters)")
      }
      pieces.append(Span(start, end))
    }
    guard !pieces.isEmpty else { throw BratLineError("has no offsets") }
    return pieces.sorted()
  }
}

/// Why a line of a brat file could not be read: the rest of a warning that names the line.
struct BratLineError: Error, Equatable {
  var reason: String
  init(_ reason: String) { self.reason = reason }
}
