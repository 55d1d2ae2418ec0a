import ArgumentParser
import Foundation
import GlossCore
import GlossNews

/// `gloss feeds list`: one line a feed, tab-separated: name, address, items, unread, when last
/// fetched, how that went.
struct FeedsListCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the feeds: name, address, items, unread, last fetched, last status.")

  func run() async throws {
    let store = try NewsInput.store()
    let summaries = try NewsInput.run { () throws(NewsStoreError) in try store.feedSummaries() }
    guard !summaries.isEmpty else { return print("no feeds (gloss feeds add URL subscribes)") }
    for summary in summaries {
      let feed = summary.feed
      let fetched = feed.lastFetched.map { Self.time(Date(timeIntervalSince1970: $0)) } ?? "never"
      let fields = [
        feed.displayName, feed.url, "\(summary.items) items", "\(summary.unread) unread", fetched, feed.lastStatus ?? "-",
      ]
      print(fields.map(VisibleText.line).joined(separator: "\t"))
    }
  }

  /// `2026-12-04 23:30` in the local time zone.
  static func time(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }
}
