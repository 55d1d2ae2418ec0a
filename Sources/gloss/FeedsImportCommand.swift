import ArgumentParser
import Foundation
import GlossCore
import GlossNews

/// `gloss feeds import FILE.opml`: subscribes to every feed of an OPML file (without fetching
/// them: `gloss feeds refresh` does).
struct FeedsImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Subscribe to the feeds of an OPML file.")

  @Argument(help: "The OPML file.")
  var file: String

  func run() async throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      StandardError.writeLine("gloss: \(file): cannot be read")
      throw ExitCode(66)
    }
    guard let subscriptions = OPML.read(data) else {
      StandardError.writeLine("gloss: \(file): is not an OPML file")
      throw ExitCode(65)
    }
    let store = try NewsInput.store()
    let known = Set(try NewsInput.run { () throws(NewsStoreError) in try store.feeds() }.map(\.url))
    var added = 0
    for subscription in subscriptions where !known.contains(subscription.url) {
      guard WebAddress(subscription.url) != nil else {
        StandardError.writeLine("gloss: \(VisibleText.line(subscription.url)): skipped: not an http(s) address")
        continue
      }
      try NewsInput.run { () throws(NewsStoreError) in _ = try store.add(url: subscription.url, name: subscription.title) }
      added += 1
    }
    print("imported \(added) feeds (\(subscriptions.count - added) already there or skipped)")
  }
}
