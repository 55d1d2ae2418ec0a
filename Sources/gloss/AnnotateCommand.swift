import ArgumentParser

/// `gloss annotate FILE`: prints what the annotation core found.
struct AnnotateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate", abstract: "Print the quotes, entities, sources and stances of an article.")

  @Argument(help: "The article to annotate (.txt, .md, or - for standard input).")
  var article: String

  func run() async throws {}
}
