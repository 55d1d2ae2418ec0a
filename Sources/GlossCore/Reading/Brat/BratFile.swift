/// The lines of a brat `.ann` file that `BratReader` uses, by id, with a warning for each line
/// it could not read or that refers to nothing.
struct BratFile {
  /// A `T` line: its label and pieces.
  struct TextBound {
    var id: String
    var label: String
    var pieces: [Span]
    /// From the first piece's start to the last piece's end.
    var span: Span { Span(pieces[0].start, pieces[pieces.count - 1].end) }
  }

  /// The `T` lines in file order.
  var textBounds: [TextBound] = []
  /// Each `T` line's index in `textBounds`, by id.
  var index: [String: Int] = [:]
  var attributes: [(name: String, target: String, value: String?, line: Int)] = []
  var relations: [(type: String, first: String, second: String, line: Int)] = []
  var equivalences: [(ids: [String], line: Int)] = []
  /// `AnnotatorNotes` by the id they annotate.
  var notes: [String: String] = [:]
  var warnings: [String] = []

  /// Reads `text`, whose offsets index an article of `length` scalars; `name` opens warnings.
  init(_ text: String, length: Int, name: String) {
    for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      let lineNumber = number + 1
      do {
        switch try BratLine(line, length: length) {
        case .textBound(let id, let label, let pieces):
          guard index[id] == nil else {
            warn(name, line: lineNumber, "\(id) is defined twice; the first is kept")
            continue
          }
          index[id] = textBounds.count
          textBounds.append(TextBound(id: id, label: label, pieces: pieces))
        case .attribute(let attribute, let target, let value):
          attributes.append((attribute, target, value, lineNumber))
        case .relation(let type, let first, let second):
          relations.append((type, first, second, lineNumber))
        case .equivalence(let ids):
          equivalences.append((ids, lineNumber))
        case .note(let target, let note):
          notes[target] = note
        case .skipped:
          continue
        }
      } catch {
        warn(name, line: lineNumber, "\(error.reason); skipped")
      }
    }
  }

  /// The `T` line `id`, if the file has one.
  func textBound(_ id: String) -> TextBound? { index[id].map { textBounds[$0] } }

  /// Adds a warning about line `line`.
  mutating func warn(_ name: String, line: Int, _ reason: String) {
    warnings.append("\(name): line \(line): \(reason)")
  }
}
