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
      same file refer to it; to a terminal, control characters in it (escape sequences) show \
      as \\u{1B} escapes, as they always do in `md`. Bad input (not HTML, no article text in the page) prints one line \
      on standard error and exits 66 (cannot be read) or 65 (no article).
      """)

  @Argument(help: "The page or article (.html, .htm, .txt, .md, - for standard input, or an http(s) address).")
  var article: String

  @Option(
    help: "The output format: the text, Markdown, or JSON with metadata, paragraphs and links.")
  var format: ExtractWriter.Format = .txt

  func run() async throws {
    let loaded = try ArticleInput.loaded(article)
    let written = ExtractWriter().write(loaded, as: format)
    let shown = Self.escapes(format, toTerminal: isatty(STDOUT_FILENO) != 0) ? VisibleText.lines(written) : written
    FileHandle.standardOutput.write(Data(shown.utf8))
  }

  /// Whether control characters are escaped: always in Markdown, which is for people; in the
  /// text only on a terminal, as `ls` does, since a file of it must keep the offsets; never in
  /// JSON, which escapes them itself.
  static func escapes(_ format: ExtractWriter.Format, toTerminal: Bool) -> Bool {
    switch format {
    case .md: true
    case .txt: toTerminal
    case .json: false
    }
  }
}
