import ArgumentParser
import GlossCore
import GlossNews

/// `gloss feeds export`: the subscriptions as OPML 2.0 on standard output.
struct FeedsExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Print the subscriptions as OPML 2.0.")

  func run() async throws {
    let store = try NewsInput.store()
    let feeds = try NewsInput.run { () throws(NewsStoreError) in try store.feeds() }
    print(OPML.write(feeds.map { OPML.Subscription(url: $0.url, title: $0.name ?? $0.title) }), terminator: "")
  }
}
