import Foundation
import GRDB
import GlossCore

/// The news: subscribed feeds and their items, kept in one SQLite database
/// (`$XDG_DATA_HOME/gloss/news.sqlite`) through GRDB, in WAL mode so the reader reads while a
/// refresh writes. Every change is a transaction (one a feed for a refresh), so a crash or a
/// full disk mid-way loses nothing already stored. See `docs/news.md`.
public final class NewsStore: Sendable {
  public let path: String
  let database: DatabasePool

  /// Opens (creating it and its folder when missing) the database at `path` and brings it to
  /// the current schema.
  public init(path: String) throws(NewsStoreError) {
    self.path = path
    do {
      try FileManager.default.createDirectory(
        atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
      database = try DatabasePool(path: path)
      try NewsSchema.migrator.migrate(database)
    } catch {
      throw NewsStoreError(path: path, error)
    }
  }

  /// `$XDG_DATA_HOME/gloss/news.sqlite`.
  public static func defaultPath(environment: [String: String]) -> String {
    XDG.dataHome(environment) + "/gloss/news.sqlite"
  }

  /// Runs `work` in a read transaction, errors as ``NewsStoreError``.
  func read<Value>(_ work: (Database) throws -> Value) throws(NewsStoreError) -> Value {
    do {
      return try database.read(work)
    } catch {
      throw NewsStoreError(path: path, error)
    }
  }

  /// Runs `work` in a write transaction (all or nothing), errors as ``NewsStoreError``.
  func write<Value>(_ work: (Database) throws -> Value) throws(NewsStoreError) -> Value {
    do {
      return try database.write(work)
    } catch let error as NewsStoreError {
      throw error
    } catch {
      throw NewsStoreError(path: path, error)
    }
  }
}
