import ArgumentParser
import Foundation
import GlossCore
import GlossNews

/// The news store and the refresher as the `gloss feeds`, `gloss search` and news library
/// commands open them, failures reported the way every `gloss` command does.
enum NewsInput {
  /// The store at `$XDG_DATA_HOME/gloss/news.sqlite`.
  static func store(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> NewsStore {
    try run { () throws(NewsStoreError) in try NewsStore(path: NewsStore.defaultPath(environment: environment)) }
  }

  /// The refresher of `store`, `jobs` feeds at a time, annotating through the annotation cache.
  static func refresher(_ store: NewsStore, jobs: Int, environment: [String: String]) -> FeedRefresher {
    FeedRefresher(
      store: store, fetcher: WebInput.fetcher, reader: LibraryReader(cache: AnnotationCache(environment: environment)),
      jobs: jobs)
  }

  /// Runs `work`; a store error ends the command with its line and status.
  static func run<Value>(_ work: () throws(NewsStoreError) -> Value) throws -> Value {
    do {
      return try work()
    } catch {
      StandardError.writeLine("gloss: \(error.message)")
      throw ExitCode(error.exitCode)
    }
  }
}
