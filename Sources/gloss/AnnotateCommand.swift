import ArgumentParser
import Foundation
import GlossCore

/// `gloss annotate FILE`: prints what the annotation core found; `gloss annotate DIR` (or
/// several files, or a feed) prints it for each article as JSON Lines, and so does
/// `gloss annotate --from LIST` for each article its lines name.
struct AnnotateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Print the quotes, entities, sources and stances of an article, or of many.",
    discussion: """
      For one article file the output format is `text` when standard output is a terminal and \
      `json` otherwise. Bad input prints one line on standard error and exits 66 (cannot be \
      read) or 65 (not a text article).

      A folder (its .txt, .md and .html files, subfolders included), several files, or an RSS \
      or Atom feed (.rss, .atom, .xml) is a library: each article is printed as one JSON line \
      (JSON Lines), in order, annotations cached under $XDG_CACHE_HOME/gloss. An article that \
      cannot be read gives a line with an "error" field (and a message on standard error); \
      the exit status is non-zero only when no article could be read.

      --from LIST (or - for standard input) annotates the article each line of LIST names, a \
      file path or an http(s) address, and prints one JSON line each in the lines' order, as \
      for a library; a line that gives no article gives an "error" line and makes the exit \
      status non-zero at the end. Articles are annotated on a worker a core.
      """)

  /// An output format of the command.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case json, brat, text

    var exporter: any ArticleExporter {
      switch self {
      case .json: return JSONExporter()
      case .brat: return BratExporter()
      case .text: return TextSummaryExporter()
      }
    }
  }

  @Argument(
    help: """
      The article to annotate (.txt, .md, .html, - for standard input, or an http(s) \
      address), or a library: a folder, several files, or a feed (.rss, .atom, .xml, or an \
      address).
      """)
  var articles: [String] = []

  @Option(
    name: .customLong("from"),
    help: ArgumentHelp(
      "Annotate the articles LIST names, one path or address a line (- for standard input).", valueName: "list"))
  var list: String?

  @Option(help: "The output format: json, brat or text (default: text on a terminal, else json).")
  var format: Format?

  @Option(
    help: """
      Which annotations to print when ARTICLE.ann (brat) is beside the article: auto (the \
      automatic ones), file (the file's) or both (the file's, and the automatic ones that do \
      not overlap them; the default when the file exists).
      """)
  var annotations: AnnotationChoice?

  func validate() throws {
    if list == nil, articles.isEmpty { throw ValidationError("name an article, a library, or --from LIST") }
    if list != nil, !articles.isEmpty { throw ValidationError("--from reads the articles from its list, not from the arguments") }
    try WebInput.validateAlone(articles)
  }

  func run() async throws {
    if let list {
      try checkLibraryFormat()
      return try InputListAnnotation.run(from: list, choice: annotations)
    }
    guard articles.count == 1, let article = articles.first,
      WebInput.isAddress(article) || !(Library.isFolder(article) || Library.isFeed(article))
    else {
      try checkLibraryFormat()
      return try LibraryAnnotation.run(Library.open(articles), choice: annotations)
    }
    guard WebInput.isAddress(article) else { return try write(ArticleInput.annotated(article, choice: annotations)) }
    switch try WebInput.open(article) {
    case .article(let loaded):
      for warning in loaded.warnings { StandardError.writeLine("gloss: warning: \(warning)") }
      try write(ArticleInput.annotated(loaded, path: article, choice: annotations))
    case .feed(let library):
      try checkLibraryFormat()
      try LibraryAnnotation.run(library, choice: annotations)
    }
  }

  /// Refuses `--format text` or `brat` for a library or a list, which are printed as JSON Lines.
  func checkLibraryFormat() throws {
    if let format, format != .json {
      StandardError.writeLine(
        "gloss: --format \(format.rawValue) prints one article; a library (a folder, several "
          + "files or a feed) or --from is printed as JSON Lines (--format json)")
      throw ExitCode(64)
    }
  }

  /// Prints one article's annotations in the chosen format.
  func write(_ document: AnnotatedArticle) {
    let chosen = format ?? (isatty(STDOUT_FILENO) != 0 ? .text : .json)
    var output = OutputBuffer(to: StandardOutput.write)
    chosen.exporter.write(document, to: &output)
    output.flush()
  }
}
