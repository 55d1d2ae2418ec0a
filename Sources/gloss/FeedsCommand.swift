import ArgumentParser

/// `gloss feeds …`: the subscriptions of the news store (see `docs/news.md`).
struct FeedsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feeds",
    abstract: "Subscribe to feeds and refresh them; `gloss` alone opens their news.",
    discussion: """
      Feeds and their items are kept in $XDG_DATA_HOME/gloss/news.sqlite. A refresh fetches \
      each feed (a conditional GET), and each new item's linked page, whose article is \
      extracted and annotated once.
      """,
    subcommands: [
      FeedsAddCommand.self, FeedsRemoveCommand.self, FeedsListCommand.self, FeedsImportCommand.self,
      FeedsExportCommand.self, FeedsRefreshCommand.self,
    ])
}
