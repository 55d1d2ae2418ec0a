import ArgumentParser
import Foundation
import GlossCore
import GlossNews

/// `gloss feeds add URL [--name NAME]`: subscribes to a feed, or to the feed a page links.
struct FeedsAddCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Subscribe to a feed (or to the feed a page links).")

  @Argument(help: "The feed's http(s) address, or a page's that links its feed.")
  var url: String

  @Option(help: "The name lists show (default: the feed's title).")
  var name: String?

  func run() async throws {
    let (feed, response): (Feed, FetchResponse)
    do {
      (feed, response) = try WebDocument.feed(at: url, fetcher: WebInput.fetcher)
    } catch {
      StandardError.writeLine("gloss: \(error.message)")
      throw ExitCode(error.exitCode)
    }
    let store = try NewsInput.store()
    let address = response.address.description
    try NewsInput.run { () throws(NewsStoreError) in _ = try store.add(url: address, name: name, title: feed.title) }
    print(VisibleText.line("subscribed: \(name ?? feed.title ?? address) (\(address), \(feed.items.count) items now)"))
  }
}
