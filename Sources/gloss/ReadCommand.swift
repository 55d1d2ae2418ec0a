import ArgumentParser

/// `gloss [read] ARTICLE`: opens the article in the full-screen reader.
struct ReadCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read", abstract: "Open an article in the reader.")

  @Argument(help: "The article to open (.txt, .md, or - for standard input).")
  var article: String

  func run() async throws {}
}
