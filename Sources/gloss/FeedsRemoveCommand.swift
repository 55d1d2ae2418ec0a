import ArgumentParser
import GlossCore
import GlossNews

/// `gloss feeds remove URL|NAME`: unsubscribes, the feed's stored items with it.
struct FeedsRemoveCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: "Unsubscribe from a feed, and drop its stored items.")

  @Argument(help: "The feed's address, name or title, as `gloss feeds list` shows it.")
  var feed: String

  func run() async throws {
    let store = try NewsInput.store()
    let removed = try NewsInput.run { () throws(NewsStoreError) in try store.remove(feed) }
    print(VisibleText.line("removed: \(removed.displayName) (\(removed.url))"))
  }
}
