import ArgumentParser

/// The `gloss` command: opens the reader by default, with subcommands for the command line.
@main
struct Gloss: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gloss",
    abstract: "A terminal reader for annotated news.",
    subcommands: [ReadCommand.self, AnnotateCommand.self, ExtractCommand.self, NotesCommand.self],
    defaultSubcommand: ReadCommand.self
  )
}
