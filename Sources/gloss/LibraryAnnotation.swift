import ArgumentParser
import Foundation
import GlossCore

/// `gloss annotate` on a library (a folder, several files, a feed): one JSON document per
/// article on standard output, one line each in the library's order (JSON Lines), through the
/// annotation cache (see `docs/library.md`).
///
/// An article that cannot be read gives a line `{"item": …, "error": "…"}` and the same message
/// on standard error, and the others go on. The exit status is 0 when at least one article was
/// read; when none could be, the first failure's (66 or 65), or 66 for a library with no items.
enum LibraryAnnotation {
  static func run(_ library: Library, choice: AnnotationChoice?) throws {
    for problem in library.problems { StandardError.writeLine("gloss: \(problem)") }
    let reader = LibraryReader(cache: AnnotationCache())
    var readCount = 0
    var firstFailure: Int32?
    let items = library.items
    var output = OutputBuffer(to: StandardOutput.write)
    OrderedWork.run(count: items.count) { index in
      annotated(items[index], reader: reader, choice: choice)
    } deliver: { _, result in
      for message in result.messages { StandardError.writeLine("gloss: \(message)") }
      if let failure = result.failure {
        firstFailure = firstFailure ?? failure
      } else {
        readCount += 1
      }
      output.write(bytes: result.line)
      output.endPiece()
    }
    output.flush()
    if readCount == 0 { throw ExitCode(firstFailure ?? 66) }
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
