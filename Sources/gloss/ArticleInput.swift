import ArgumentParser
import Foundation
import GlossCore

/// Loads and annotates the article a command names, reporting bad input the way every `gloss`
/// command does: one line on standard error naming the input and the problem, and the sysexits
/// code as the exit status. Warnings go to standard error, one line each.
enum ArticleInput {
  /// The article at `path` (`-` for standard input), loaded but not annotated.
  static func loaded(_ path: String) throws -> LoadedArticle {
    let loaded: LoadedArticle
    do {
      loaded = try ArticleLoader().load(path)
    } catch {
      StandardError.writeLine("gloss: \(error.message)")
      throw ExitCode(error.exitCode)
    }
    for warning in loaded.warnings { StandardError.writeLine("gloss: warning: \(warning)") }
    return loaded
  }

  static func annotated(_ path: String) throws -> AnnotatedArticle {
    let loaded = try loaded(path)
    return AnnotatedArticle(
      article: loaded.article, annotations: Annotator().annotate(loaded.article),
      warnings: loaded.warnings)
  }
}

/// Writes diagnostics to standard error.
enum StandardError {
  static func writeLine(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
