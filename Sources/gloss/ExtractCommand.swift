import ArgumentParser
import Foundation
import GlossCore

extension ExtractWriter.Format: ExpressibleByArgument {}

/// `gloss extract FILE`: prints the article Gloss reads out of a file, above all the article of
/// a web page without the page's furniture.
struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print the article of a web page (or any article) as text, Markdown or JSON.",
    discussion: """
      `txt` prints the text the other commands work on: the offsets of `gloss annotate` on the \
      same file refer to it. Bad input (not HTML, no article text in the page) prints one line \
      on standard error and exits 66 (cannot be read) or 65 (no article).
      """)

  @Argument(help: "The page or article (.html, .htm, .txt, .md, or - for standard input).")
  var article: String

  @Option(
    help: "The output format: the text, Markdown, or JSON with metadata, paragraphs and links.")
  var format: ExtractWriter.Format = .txt

  func run() async throws {
    let loaded = try ArticleInput.loaded(article)
    FileHandle.standardOutput.write(Data(ExtractWriter().write(loaded, as: format).utf8))
  }
}
