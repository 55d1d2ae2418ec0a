import ArgumentParser
import Foundation
import GlossCore
import GlossNews

/// `gloss feeds refresh [--jobs N]`: fetches every feed and the pages of its new items.
struct FeedsRefreshCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "refresh", abstract: "Fetch every feed, and the full text of each new item.",
    discussion: """
      Progress is a bar on standard error when it is a terminal, else one line a feed. The exit \
      status is non-zero (69) only when no feed could be refreshed.
      """)

  @Option(help: "How many feeds to fetch at once (one connection per host at a time).")
  var jobs = 4

  func validate() throws {
    if !(1...64).contains(jobs) { throw ValidationError("--jobs must be from 1 to 64") }
  }

  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    let store = try NewsInput.store(environment: environment)
    let feeds = try NewsInput.run { () throws(NewsStoreError) in try store.feeds() }
    guard !feeds.isEmpty else { return print("no feeds (gloss feeds add URL subscribes)") }
    let toTerminal = isatty(STDERR_FILENO) != 0
    var done = 0
    let outcomes = NewsInput.refresher(store, jobs: jobs, environment: environment).refresh(feeds) { outcome in
      done += 1
      let line = VisibleText.line("\(outcome.feed.displayName): \(outcome.status)")
      if toTerminal {
        let width = 30
        let filled = width * done / feeds.count
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(done)/\(feeds.count) \(line.prefix(60))".utf8))
      } else {
        StandardError.writeLine(line)
      }
    }
    if toTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    let refreshed = outcomes.filter { !$0.failed }.count
    let new = outcomes.reduce(0) { $0 + $1.newItems }
    print("\(refreshed) of \(feeds.count) feeds refreshed, \(new) new items")
    for failure in outcomes where failure.failed { StandardError.writeLine(VisibleText.line("gloss: \(failure.feed.url): \(failure.status)")) }
    if refreshed == 0 { throw ExitCode(69) }
  }
}
