import ArgumentParser
import Foundation
import GlossCore

/// An article and its notes, opened for a `gloss notes` command, with problems reported the way
/// every `gloss` command does: one line on standard error, the sysexits code as exit status.
struct NotesSession {
  let path: String
  let article: Article
  let store: NotesStore

  /// Opens the article and its notes; a notes file that cannot be read ends the command.
  init(_ options: NotesOptions) throws {
    path = options.article
    article = try ArticleInput.annotated(options.article).article
    let location = NotesLocation.resolve(articlePath: path, text: article.text, chosen: options.notes)
    store = NotesStore(location: location)
    if let problem = store.problem { throw Self.exit(problem) }
  }

  /// The notes, anchored in the article as it is now, in text order (detached last).
  var anchoredNotes: [AnchoredNote] { NoteAnchorer(article: article).anchor(store.notes) }

  /// Reports `error` on standard error and returns the exit status to throw.
  static func exit(_ error: NotesError) -> ExitCode {
    StandardError.writeLine("gloss: \(error.message)")
    return ExitCode(error.exitCode)
  }
}
