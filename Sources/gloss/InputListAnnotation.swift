import ArgumentParser
import Foundation
import GlossCore

/// `gloss annotate --from FILE|-`: annotates the article each line names (a file path, or an
/// http(s) address fetched as `gloss annotate URL` fetches it) and prints one JSON line each, in
/// the lines' order, as a library's (`LibraryAnnotation`): the map step for running Gloss over
/// shards of a large collection (`docs/scale.md`). Files go through the annotation cache.
///
/// A line that gives no article (missing, unreadable, a folder, a feed, a failed fetch) gives a
/// line with an `"error"` and a message on standard error, and the others go on; the exit status
/// is then that of the first failure (66 or 65), 0 when every line gave an article.
enum InputListAnnotation {
  static func run(from list: String, choice: AnnotationChoice?) throws {
    guard let lines = InputLines(list) else {
      StandardError.writeLine("gloss: \(list): cannot read the list of articles")
      throw ExitCode(66)
    }
    let reader = LibraryReader(cache: AnnotationCache())
    let outcome = LibraryAnnotation.write(lines) { annotated($0, reader: reader, choice: choice) }
    if let failure = outcome.firstFailure { throw ExitCode(failure) }
  }

  /// The line for the article `line` names (on any thread).
  static func annotated(_ line: String, reader: LibraryReader, choice: AnnotationChoice?) -> LibraryAnnotation.ItemResult {
    guard WebInput.isAddress(line) else {
      let item = Library.fileItem(line)
      let kind = Library.isFolder(line) ? "a folder" : Library.isFeed(line) ? "a feed" : nil
      guard let kind else { return LibraryAnnotation.annotated(item, reader: reader, choice: choice) }
      let message = "\(line): is \(kind), not an article; --from takes one article a line"
      return LibraryAnnotation.ItemResult(line: LibraryJSONLines.line(item, error: message), messages: [message], failure: 65)
    }
    do throws(LibraryReadError) {
      guard case .article(let loaded) = try WebDocument.open(line, fetcher: WebInput.fetcher) else {
        throw LibraryReadError(message: "\(line): is a feed, not an article; --from takes one article a line", exitCode: 65)
      }
      let document = AnnotatedArticle(
        article: loaded.article, annotations: Annotator(workers: 1).annotate(loaded.article), warnings: loaded.warnings)
      return LibraryAnnotation.ItemResult(
        line: LibraryJSONLines.line(address: line, document: document), messages: loaded.warnings.map { "warning: \($0)" })
    } catch {
      return LibraryAnnotation.ItemResult(
        line: LibraryJSONLines.line(address: line, error: error.message), messages: [error.message], failure: error.exitCode)
    }
  }
}
