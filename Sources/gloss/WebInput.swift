import ArgumentParser
import GlossCore

/// Fetches what a command names by a web address (`gloss URL`, `gloss annotate URL`, `gloss
/// extract URL`), reporting failure the way every `gloss` command does: one line on standard
/// error, the sysexits code as exit status.
enum WebInput {
  /// The fetcher of every command: `User-Agent: Gloss/VERSION` and the default limits.
  static let fetcher = WebFetcher(userAgent: "Gloss/\(Gloss.version)")

  /// True when `path` is written as a URL rather than a file path.
  static func isAddress(_ path: String) -> Bool { WebAddress.looksLikeURL(path) }

  /// The article or feed at `address`.
  static func open(_ address: String) throws -> WebDocument {
    do {
      return try WebDocument.open(address, fetcher: fetcher)
    } catch {
      StandardError.writeLine("gloss: \(error.message)")
      throw ExitCode(error.exitCode)
    }
  }

  /// The article at `address`; a feed is refused (it opens as a library with `gloss URL`).
  static func article(_ address: String) throws -> LoadedArticle {
    switch try open(address) {
    case .article(let loaded): return loaded
    case .feed:
      StandardError.writeLine("gloss: \(address): is a feed, not an article; `gloss annotate` and `gloss URL` read its items")
      throw ExitCode(65)
    }
  }

  /// Refuses a web address among other paths: an address opens alone.
  static func validateAlone(_ paths: [String]) throws {
    if paths.count > 1, paths.contains(where: isAddress) {
      throw ValidationError("a web address opens alone, not with other articles")
    }
  }
}
