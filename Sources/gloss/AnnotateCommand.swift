import ArgumentParser
import Foundation
import GlossCore

/// `gloss annotate FILE`: prints what the annotation core found.
struct AnnotateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Print the quotes, entities, sources and stances of an article.",
    discussion: """
      The output format is `text` when standard output is a terminal and `json` otherwise.

      Bad input prints one line on standard error and exits 66 (cannot be read) or 65 (not a \
      text article).
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

  @Argument(help: "The article to annotate (.txt, .md, .html, or - for standard input).")
  var article: String

  @Option(help: "The output format: json, brat or text (default: text on a terminal, else json).")
  var format: Format?

  @Option(
    help: """
      Which annotations to print when ARTICLE.ann (brat) is beside the article: auto (the \
      automatic ones), file (the file's) or both (the file's, and the automatic ones that do \
      not overlap them; the default when the file exists).
      """)
  var annotations: AnnotationChoice?

  func run() async throws {
    let document = try ArticleInput.annotated(article, choice: annotations)
    let chosen = format ?? (isatty(STDOUT_FILENO) != 0 ? .text : .json)
    FileHandle.standardOutput.write(Data(chosen.exporter.export(document).utf8))
  }
}
