/// Reads a brat standoff `.ann` file — the format `BratExporter` writes, or one made by another
/// tool — into annotations for the article whose text its offsets index.
///
/// - `T` lines labelled `Person`, `Organization`, `Place` or `Other` (any case; `Organisation`,
///   `Location` too) are entity mentions, grouped into entities by `BratEntityGrouping`.
/// - `T` lines labelled `Quote` are quotes (discontinuous `start end;start end` pieces for a quote
///   over several paragraphs), with the kind of their `Kind` attribute (`direct` without one).
/// - `Source Arg1:<quote> Arg2:<mention>` gives a quote's speaker (an entity mention or a
///   `Speaker` span), `Cue Arg1:<quote> Arg2:<cue>` its reporting cue; arguments the other way
///   round are accepted. A speaker's name is its `AnnotatorNotes`, else its entity's name, else
///   its text.
///
/// Reading is lenient: unknown lines, labels, attributes and relations are skipped; a line that
/// cannot be read or refers to nothing is skipped with a warning naming the line. It never traps.
public struct BratReader {
  public init() {}

  /// The annotations of `text` (an `.ann` file's content) over `article`; `name` is the file's
  /// name in warnings.
  public func read(_ text: String, for article: Article, name: String) -> BratImport {
    var file = BratFile(text, length: article.length, name: name)
    let grouping = BratEntityGrouping(&file, article: article, name: name)
    var quotes = BratQuoteBuilder(file: file, grouping: grouping, article: article, name: name)
    let built = quotes.build()
    return BratImport(
      annotations: Annotations(entities: grouping.entities, quotes: built),
      warnings: file.warnings + quotes.warnings)
  }
}
