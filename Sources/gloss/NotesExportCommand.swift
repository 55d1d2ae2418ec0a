import ArgumentParser
import Foundation
import GlossCore

/// `gloss notes export ARTICLE [--format markdown|json]`: the notes as a document.
struct NotesExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Print the notes on an article as Markdown or as W3C Web Annotation JSON-LD.")

  @OptionGroup var options: NotesOptions

  @Option(help: "markdown (passages, comments and tags in text order; the default) or json (the notes file's W3C collection).")
  var format = NotesExportFormat.markdown

  func run() async throws {
    let session = try NotesSession(options)
    FileHandle.standardOutput.write(
      format.export(session.anchoredNotes, collection: session.store.collection, article: session.article))
  }
}

extension NotesExportFormat: ExpressibleByArgument {}
