import ArgumentParser

/// The `gloss` command: opens the reader by default, with subcommands for the command line.
/// ``Launch`` runs it.
struct Gloss: AsyncParsableCommand {
  /// What `gloss --version` prints; raised by hand when a release changes what users see.
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "gloss",
    abstract: "A terminal reader for annotated news.",
    version: version,
    subcommands: [
      ReadCommand.self, AnnotateCommand.self, ExtractCommand.self, NotesCommand.self, FeedsCommand.self,
      SearchCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )
}
