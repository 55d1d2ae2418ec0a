import ArgumentParser
import Foundation
import GlossCore

/// Loads and annotates the article a command names, reporting bad input the way every `gloss`
/// command does: one line on standard error naming the input and the problem, and the sysexits
/// code as the exit status. Warnings go to standard error, one line each.
enum ArticleInput {
  /// The article at `path` (`-` for standard input, or a web address), loaded but not annotated.
  static func loaded(_ path: String) throws -> LoadedArticle {
    let loaded = try WebInput.isAddress(path) ? WebInput.article(path) : file(path)
    for warning in loaded.warnings { StandardError.writeLine("gloss: warning: \(warning)") }
    return loaded
  }

  /// The article file at `path` (`-` for standard input).
  static func file(_ path: String) throws -> LoadedArticle {
    do {
      return try ArticleLoader().load(path)
    } catch {
      StandardError.writeLine("gloss: \(error.message)")
      throw ExitCode(error.exitCode)
    }
  }

  /// The article at `path` with `automatic` annotations and those of a brat file beside it
  /// (`article.ann`; none beside a web address), whose warnings go to standard error.
  static func annotationSets(_ path: String, article: Article, automatic: Annotations) -> ArticleAnnotationSets {
    let (sets, warnings) = ArticleAnnotationSets.besideArticle(
      WebInput.isAddress(path) ? "-" : path, article: article, automatic: automatic)
    for warning in warnings { StandardError.writeLine("gloss: warning: \(warning)") }
    return sets
  }

  /// Checks that `choice` can be met: `file` and `both` need a brat file beside the article.
  static func check(_ choice: AnnotationChoice?, _ sets: ArticleAnnotationSets, path: String) throws {
    guard let choice, choice != .auto, sets.file == nil else { return }
    let expected = BratCompanion.path(besideArticle: path).map { URL(fileURLWithPath: $0).lastPathComponent }
    StandardError.writeLine(
      "gloss: \(path == "-" ? "standard input" : path): --annotations \(choice.rawValue) needs "
        + "\(expected ?? "a brat file") beside the article")
    throw ExitCode(66)
  }

  /// The article at `path` with the annotations `choice` shows (by default, both when a brat
  /// file is beside it, else the automatic ones).
  static func annotated(_ path: String, choice: AnnotationChoice? = nil) throws -> AnnotatedArticle {
    try annotated(loaded(path), path: path, choice: choice)
  }

  /// `loaded`, read from `path`, with the annotations `choice` shows.
  static func annotated(_ loaded: LoadedArticle, path: String, choice: AnnotationChoice?) throws -> AnnotatedArticle {
    let sets = annotationSets(path, article: loaded.article, automatic: Annotator().annotate(loaded.article))
    try check(choice, sets, path: path)
    return AnnotatedArticle(
      article: loaded.article, annotations: sets.annotations(choice ?? sets.defaultChoice),
      warnings: loaded.warnings)
  }
}

/// `--annotations auto|file|both` on the command line.
extension AnnotationChoice: ExpressibleByArgument {}

/// Writes diagnostics to standard error.
enum StandardError {
  static func writeLine(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
