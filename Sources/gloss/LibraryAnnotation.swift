import ArgumentParser
import Foundation
import GlossCore

/// `gloss annotate` on a library (a folder, several files, a feed): one JSON document per
/// article on standard output, one line each in the library's order (JSON Lines), through the
/// annotation cache, on a worker a core (see `docs/library.md`).
///
/// An article that cannot be read gives a line `{"item": …, "error": "…"}` and the same message
/// on standard error, and the others go on. The exit status is 0 when at least one article was
/// read; when none could be, the first failure's (66 or 65), or 66 for a library with no items.
enum LibraryAnnotation {
  static func run(_ library: Library, choice: AnnotationChoice?) throws {
    for problem in library.problems { StandardError.writeLine("gloss: \(problem)") }
    let reader = LibraryReader(cache: AnnotationCache())
    let outcome = write(library.items.makeIterator()) { annotated($0, reader: reader, choice: choice) }
    if outcome.read == 0 { throw ExitCode(outcome.firstFailure ?? 66) }
  }

  /// What writing the lines came to: how many articles were read, and the exit status of the
  /// first that could not be.
  struct Outcome {
    var read = 0
    var firstFailure: Int32?
  }

  /// Annotates what `inputs` gives on a worker a core (`annotate` makes each input's line),
  /// and writes the lines to standard output in the inputs' order, their messages to standard
  /// error.
  static func write<Inputs: IteratorProtocol>(
    _ inputs: Inputs, _ annotate: @escaping @Sendable (Inputs.Element) -> ItemResult
  ) -> Outcome where Inputs.Element: Sendable {
    var outcome = Outcome()
    var output = OutputBuffer(to: StandardOutput.write)
    OrderedWork.run(items: inputs, annotate) { _, result in
      for message in result.messages { StandardError.writeLine("gloss: \(message)") }
      if let failure = result.failure {
        outcome.firstFailure = outcome.firstFailure ?? failure
      } else {
        outcome.read += 1
      }
      output.write(bytes: result.line)
      output.endPiece()
    }
    output.flush()
    return outcome
  }

  /// One item's line of output, with the messages for standard error and, when it could not be
  /// read, its exit status.
  struct ItemResult: Sendable {
    var line: [UInt8]
    var messages: [String] = []
    var failure: Int32?
  }

  /// Reads and annotates `item` (on any thread): its line, its warnings, or why it failed.
  static func annotated(_ item: LibraryItem, reader: LibraryReader, choice: AnnotationChoice?) -> ItemResult {
    do {
      let article = try reader.read(item)
      var messages = article.loaded.warnings.map { "warning: \($0)" }
      let document = try document(article, name: item.origin.name, choice: choice) { messages.append("warning: \($0)") }
      return ItemResult(line: LibraryJSONLines.line(item, document: document, path: article.path), messages: messages)
    } catch {
      return ItemResult(line: LibraryJSONLines.line(item, error: error.message), messages: [error.message], failure: error.exitCode)
    }
  }

  /// The article with the annotations `choice` shows: as for one article, a brat file beside an
  /// article file adds its annotations (both by default).
  static func document(
    _ article: LibraryArticle, name: String, choice: AnnotationChoice?, warn: (String) -> Void
  ) throws(LibraryReadError) -> AnnotatedArticle {
    var sets = ArticleAnnotationSets(automatic: article.annotations)
    if let path = article.path {
      let beside = ArticleAnnotationSets.besideArticle(path, article: article.loaded.article, automatic: article.annotations)
      for warning in beside.warnings { warn(warning) }
      sets = beside.sets
    }
    if let choice, choice != .auto, sets.file == nil {
      throw LibraryReadError(message: "\(name): --annotations \(choice.rawValue) needs a brat file beside the article", exitCode: 66)
    }
    return AnnotatedArticle(
      article: article.loaded.article, annotations: sets.annotations(choice ?? sets.defaultChoice),
      warnings: article.loaded.warnings)
  }
}
