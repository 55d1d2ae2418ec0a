import ArgumentParser
import Foundation
import GlossCore
import GlossCurses
import GlossNews
import GlossUI

/// The news library (`gloss` with no argument): the stored items of every feed, newest first,
/// with their read marks, and what the library needs of the store (marking read, refreshing in
/// the background). It reads only the database, so it works with no network.
struct NewsLibrary {
  let store: NewsStore
  let readMarks: [Bool]

  /// The library's hooks into the store, refreshes annotating with `reader`.
  func hooks(reader: LibraryReader, environment: [String: String]) -> NewsHooks {
    let store = store
    return NewsHooks(
      setRead: { item, isRead in
        guard case .news(let id) = item.origin else { return nil }
        do throws(NewsStoreError) {
          try store.setRead(id, isRead)
          return nil
        } catch {
          return error.message
        }
      },
      refresh: {
        let refresh = NewsRefresh()
        refresh.start { post in Self.refresh(store, environment: environment, post: post) }
        return refresh
      },
      load: { items in LibraryLoad(items: items, reader: reader, environment: environment) })
  }

  /// Refreshes every feed of `store`, posting progress, then the news as the store holds it.
  static func refresh(_ store: NewsStore, environment: [String: String], post: @Sendable (NewsRefresh.News) -> Void) {
    do throws(NewsStoreError) {
      let feeds = try store.feeds()
      var done = 0
      post(.progress(done: 0, total: feeds.count))
      let outcomes = NewsInput.refresher(store, jobs: 4, environment: environment).refresh(feeds) { _ in
        done += 1
        post(.progress(done: done, total: feeds.count))
      }
      let (library, marks) = try store.library()
      let refreshed = outcomes.filter { !$0.failed }.count
      let new = outcomes.reduce(0) { $0 + $1.newItems }
      post(.finished(summary: "refreshed \(refreshed) of \(feeds.count) feeds: \(new) new items", library: library, readMarks: marks))
    } catch {
      post(.failed(error.message))
    }
  }
}

extension ReadCommand {
  /// `gloss` with no argument: the news library, or how to subscribe when there is no feed.
  func runNews() async throws {
    let environment = ProcessInfo.processInfo.environment
    let store = try NewsInput.store(environment: environment)
    let (library, marks) = try NewsInput.run { () throws(NewsStoreError) in try store.library() }
    let feeds = try NewsInput.run { () throws(NewsStoreError) in try store.feeds() }
    guard !feeds.isEmpty else {
      StandardError.writeLine("gloss: no feeds yet: `gloss feeds add URL` subscribes, `gloss ARTICLE` opens an article")
      throw ExitCode(66)
    }
    let title = "news: \(feeds.count) feed\(feeds.count == 1 ? "" : "s")"
    try await runLibrary(library, title: title, news: NewsLibrary(store: store, readMarks: marks))
  }
}
