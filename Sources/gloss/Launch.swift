import ArgumentParser
import Foundation
import GlossCore

/// The program's entry. `gloss ARTICLE`, one article file and nothing else, opens the reader
/// at once on this thread; everything else is parsed by ``Gloss`` and run as an async command.
///
/// The shortcut is for the first screen (issue 17): the parser reflects on the commands'
/// options, looking types and conformances up at start, and an async main runs the command on
/// a thread of Dispatch's and the screen on another (the main queue's, once the main thread is
/// parked), each started for it; the reader of one article needs neither, and its first frame
/// comes about 4 ms sooner without them (docs/performance.md).
@main
enum Launch {
  static func main() {
    if let path = loneArticle(in: Array(CommandLine.arguments.dropFirst())) {
      do {
        let reader = try ArticleReader(.file(path, choice: nil), path: path, notes: nil, theme: nil, width: nil)
        try MainActor.assumeIsolated { try reader.show() }
      } catch {
        Gloss.exit(withError: error)
      }
      return
    }
    Task {
      await Gloss.main()
      exit(0)
    }
    dispatchMain()
  }

  /// The path of `gloss PATH` when `gloss read PATH` is what the parser would make of it and
  /// PATH is one article file: the only argument, not an option, a subcommand's name, a web
  /// address, a folder or a feed.
  static func loneArticle(in arguments: [String]) -> String? {
    guard arguments.count == 1, let path = arguments.first, !path.isEmpty, !path.hasPrefix("-"),
      !isCommandName(path), !WebInput.isAddress(path), !Library.isFolder(path), !Library.isFeed(path)
    else { return nil }
    return path
  }

  /// True when `word` names a subcommand of `gloss` (or `help`), which the parser would run.
  private static func isCommandName(_ word: String) -> Bool {
    word == "help"
      || Gloss.configuration.subcommands.contains { $0._commandName == word || $0.configuration.aliases.contains(word) }
  }
}
