import ArgumentParser
import Foundation
import GlossCore

/// `gloss notes export ARTICLE --format markdown|json`: the notes as a document.
struct NotesExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Print the notes on an article as Markdown or as W3C Web Annotation JSON-LD.")

  /// An export format.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case markdown, json
  }

  @OptionGroup var options: NotesOptions

  @Option(help: "markdown (passages, comments and tags in text order) or json (the notes file's W3C collection).")
  var format: Format

  func run() async throws {
    let session = try NotesSession(options)
    switch format {
    case .markdown:
      let text = NotesMarkdownExporter().export(session.anchoredNotes, article: session.article)
      FileHandle.standardOutput.write(Data(text.utf8))
    case .json:
      FileHandle.standardOutput.write(session.store.collection.jsonData)
    }
  }
}
