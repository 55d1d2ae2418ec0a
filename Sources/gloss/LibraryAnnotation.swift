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
  static func run(_ paths: [String], choice: AnnotationChoice?) throws {
    let library = Library.open(paths)
    for problem in library.problems { StandardError.writeLine("gloss: \(problem)") }
    let reader = LibraryReader(cache: AnnotationCache())
    var readCount = 0
    var firstFailure: Int32?
    for item in library.items {
      let line: String
      do {
        let article = try reader.read(item)
        for warning in article.loaded.warnings { StandardError.writeLine("gloss: warning: \(warning)") }
        line = LibraryJSONLines.line(item, document: try document(article, name: item.origin.name, choice: choice), path: article.path)
        readCount += 1
      } catch {
        StandardError.writeLine("gloss: \(error.message)")
        line = LibraryJSONLines.line(item, error: error.message)
        firstFailure = firstFailure ?? error.exitCode
      }
      FileHandle.standardOutput.write(Data(line.utf8))
    }
    if readCount == 0 { throw ExitCode(firstFailure ?? 66) }
  }

  /// The article with the annotations `choice` shows: as for one article, a brat file beside an
  /// article file adds its annotations (both by default).
  static func document(_ article: LibraryArticle, name: String, choice: AnnotationChoice?) throws(LibraryReadError)
    -> AnnotatedArticle
  {
    var sets = ArticleAnnotationSets(automatic: article.annotations)
    if let path = article.path {
      let beside = ArticleAnnotationSets.besideArticle(path, article: article.loaded.article, automatic: article.annotations)
      for warning in beside.warnings { StandardError.writeLine("gloss: warning: \(warning)") }
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
